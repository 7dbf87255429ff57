/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile;
import io.pilothouse.model.k8s.core.v1.ObjectFieldSelector;
import io.pilothouse.model.k8s.core.v1.ResourceFieldSelector;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Downward API Volume File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.DownwardAPIVolumeFileImpl#getFieldRef <em>Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.DownwardAPIVolumeFileImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.DownwardAPIVolumeFileImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.DownwardAPIVolumeFileImpl#getResourceFieldRef <em>Resource Field Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DownwardAPIVolumeFileImpl extends MinimalEObjectImpl.Container implements DownwardAPIVolumeFile {
	/**
	 * The cached value of the '{@link #getFieldRef() <em>Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldRef()
	 * @generated
	 * @ordered
	 */
	protected ObjectFieldSelector fieldRef;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected Integer mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResourceFieldRef() <em>Resource Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceFieldRef()
	 * @generated
	 * @ordered
	 */
	protected ResourceFieldSelector resourceFieldRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DownwardAPIVolumeFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.DOWNWARD_API_VOLUME_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectFieldSelector getFieldRef() {
		return fieldRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFieldRef(ObjectFieldSelector newFieldRef, NotificationChain msgs) {
		ObjectFieldSelector oldFieldRef = fieldRef;
		fieldRef = newFieldRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF, oldFieldRef, newFieldRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldRef(ObjectFieldSelector newFieldRef) {
		if (newFieldRef != fieldRef) {
			NotificationChain msgs = null;
			if (fieldRef != null)
				msgs = ((InternalEObject)fieldRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF, null, msgs);
			if (newFieldRef != null)
				msgs = ((InternalEObject)newFieldRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF, null, msgs);
			msgs = basicSetFieldRef(newFieldRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF, newFieldRef, newFieldRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(Integer newMode) {
		Integer oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.DOWNWARD_API_VOLUME_FILE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.DOWNWARD_API_VOLUME_FILE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceFieldSelector getResourceFieldRef() {
		return resourceFieldRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResourceFieldRef(ResourceFieldSelector newResourceFieldRef, NotificationChain msgs) {
		ResourceFieldSelector oldResourceFieldRef = resourceFieldRef;
		resourceFieldRef = newResourceFieldRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF, oldResourceFieldRef, newResourceFieldRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceFieldRef(ResourceFieldSelector newResourceFieldRef) {
		if (newResourceFieldRef != resourceFieldRef) {
			NotificationChain msgs = null;
			if (resourceFieldRef != null)
				msgs = ((InternalEObject)resourceFieldRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF, null, msgs);
			if (newResourceFieldRef != null)
				msgs = ((InternalEObject)newResourceFieldRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF, null, msgs);
			msgs = basicSetResourceFieldRef(newResourceFieldRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF, newResourceFieldRef, newResourceFieldRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF:
				return basicSetFieldRef(null, msgs);
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF:
				return basicSetResourceFieldRef(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF:
				return getFieldRef();
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__MODE:
				return getMode();
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__PATH:
				return getPath();
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF:
				return getResourceFieldRef();
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
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF:
				setFieldRef((ObjectFieldSelector)newValue);
				return;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__MODE:
				setMode((Integer)newValue);
				return;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__PATH:
				setPath((String)newValue);
				return;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF:
				setResourceFieldRef((ResourceFieldSelector)newValue);
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
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF:
				setFieldRef((ObjectFieldSelector)null);
				return;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF:
				setResourceFieldRef((ResourceFieldSelector)null);
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
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__FIELD_REF:
				return fieldRef != null;
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CoreV1Package.DOWNWARD_API_VOLUME_FILE__RESOURCE_FIELD_REF:
				return resourceFieldRef != null;
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", path: ");
		result.append(path);
		result.append(')');
		return result.toString();
	}

} //DownwardAPIVolumeFileImpl
