/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.VolumeMount;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Mount</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getMountPath <em>Mount Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getMountPropagation <em>Mount Propagation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getRecursiveReadOnly <em>Recursive Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getSubPath <em>Sub Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeMountImpl#getSubPathExpr <em>Sub Path Expr</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeMountImpl extends MinimalEObjectImpl.Container implements VolumeMount {
	/**
	 * The default value of the '{@link #getMountPath() <em>Mount Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPath()
	 * @generated
	 * @ordered
	 */
	protected static final String MOUNT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMountPath() <em>Mount Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPath()
	 * @generated
	 * @ordered
	 */
	protected String mountPath = MOUNT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMountPropagation() <em>Mount Propagation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPropagation()
	 * @generated
	 * @ordered
	 */
	protected static final String MOUNT_PROPAGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMountPropagation() <em>Mount Propagation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountPropagation()
	 * @generated
	 * @ordered
	 */
	protected String mountPropagation = MOUNT_PROPAGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecursiveReadOnly() <em>Recursive Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecursiveReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final String RECURSIVE_READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecursiveReadOnly() <em>Recursive Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecursiveReadOnly()
	 * @generated
	 * @ordered
	 */
	protected String recursiveReadOnly = RECURSIVE_READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubPath() <em>Sub Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPath()
	 * @generated
	 * @ordered
	 */
	protected static final String SUB_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubPath() <em>Sub Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPath()
	 * @generated
	 * @ordered
	 */
	protected String subPath = SUB_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubPathExpr() <em>Sub Path Expr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPathExpr()
	 * @generated
	 * @ordered
	 */
	protected static final String SUB_PATH_EXPR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubPathExpr() <em>Sub Path Expr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPathExpr()
	 * @generated
	 * @ordered
	 */
	protected String subPathExpr = SUB_PATH_EXPR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeMountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.VOLUME_MOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMountPath() {
		return mountPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMountPath(String newMountPath) {
		String oldMountPath = mountPath;
		mountPath = newMountPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__MOUNT_PATH, oldMountPath, mountPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMountPropagation() {
		return mountPropagation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMountPropagation(String newMountPropagation) {
		String oldMountPropagation = mountPropagation;
		mountPropagation = newMountPropagation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__MOUNT_PROPAGATION, oldMountPropagation, mountPropagation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(Boolean newReadOnly) {
		Boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecursiveReadOnly() {
		return recursiveReadOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecursiveReadOnly(String newRecursiveReadOnly) {
		String oldRecursiveReadOnly = recursiveReadOnly;
		recursiveReadOnly = newRecursiveReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__RECURSIVE_READ_ONLY, oldRecursiveReadOnly, recursiveReadOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubPath() {
		return subPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubPath(String newSubPath) {
		String oldSubPath = subPath;
		subPath = newSubPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__SUB_PATH, oldSubPath, subPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubPathExpr() {
		return subPathExpr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubPathExpr(String newSubPathExpr) {
		String oldSubPathExpr = subPathExpr;
		subPathExpr = newSubPathExpr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_MOUNT__SUB_PATH_EXPR, oldSubPathExpr, subPathExpr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PATH:
				return getMountPath();
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PROPAGATION:
				return getMountPropagation();
			case CoreV1Package.VOLUME_MOUNT__NAME:
				return getName();
			case CoreV1Package.VOLUME_MOUNT__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.VOLUME_MOUNT__RECURSIVE_READ_ONLY:
				return getRecursiveReadOnly();
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH:
				return getSubPath();
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH_EXPR:
				return getSubPathExpr();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PATH:
				setMountPath((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PROPAGATION:
				setMountPropagation((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT__RECURSIVE_READ_ONLY:
				setRecursiveReadOnly((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH:
				setSubPath((String)newValue);
				return;
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH_EXPR:
				setSubPathExpr((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PATH:
				setMountPath(MOUNT_PATH_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PROPAGATION:
				setMountPropagation(MOUNT_PROPAGATION_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT__RECURSIVE_READ_ONLY:
				setRecursiveReadOnly(RECURSIVE_READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH:
				setSubPath(SUB_PATH_EDEFAULT);
				return;
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH_EXPR:
				setSubPathExpr(SUB_PATH_EXPR_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PATH:
				return MOUNT_PATH_EDEFAULT == null ? mountPath != null : !MOUNT_PATH_EDEFAULT.equals(mountPath);
			case CoreV1Package.VOLUME_MOUNT__MOUNT_PROPAGATION:
				return MOUNT_PROPAGATION_EDEFAULT == null ? mountPropagation != null : !MOUNT_PROPAGATION_EDEFAULT.equals(mountPropagation);
			case CoreV1Package.VOLUME_MOUNT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.VOLUME_MOUNT__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.VOLUME_MOUNT__RECURSIVE_READ_ONLY:
				return RECURSIVE_READ_ONLY_EDEFAULT == null ? recursiveReadOnly != null : !RECURSIVE_READ_ONLY_EDEFAULT.equals(recursiveReadOnly);
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH:
				return SUB_PATH_EDEFAULT == null ? subPath != null : !SUB_PATH_EDEFAULT.equals(subPath);
			case CoreV1Package.VOLUME_MOUNT__SUB_PATH_EXPR:
				return SUB_PATH_EXPR_EDEFAULT == null ? subPathExpr != null : !SUB_PATH_EXPR_EDEFAULT.equals(subPathExpr);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mountPath: ");
		result.append(mountPath);
		result.append(", mountPropagation: ");
		result.append(mountPropagation);
		result.append(", name: ");
		result.append(name);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", recursiveReadOnly: ");
		result.append(recursiveReadOnly);
		result.append(", subPath: ");
		result.append(subPath);
		result.append(", subPathExpr: ");
		result.append(subPathExpr);
		result.append(')');
		return result.toString();
	}

} //VolumeMountImpl
