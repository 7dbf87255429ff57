/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster Trust Bundle Projection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ClusterTrustBundleProjectionImpl#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ClusterTrustBundleProjectionImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ClusterTrustBundleProjectionImpl#getOptional <em>Optional</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ClusterTrustBundleProjectionImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ClusterTrustBundleProjectionImpl#getSignerName <em>Signer Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterTrustBundleProjectionImpl extends MinimalEObjectImpl.Container implements ClusterTrustBundleProjection {
	/**
	 * The cached value of the '{@link #getLabelSelector() <em>Label Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector labelSelector;

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
	 * The default value of the '{@link #getOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptional()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean OPTIONAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptional()
	 * @generated
	 * @ordered
	 */
	protected Boolean optional = OPTIONAL_EDEFAULT;

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
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected String signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterTrustBundleProjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CLUSTER_TRUST_BUNDLE_PROJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getLabelSelector() {
		return labelSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabelSelector(LabelSelector newLabelSelector, NotificationChain msgs) {
		LabelSelector oldLabelSelector = labelSelector;
		labelSelector = newLabelSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR, oldLabelSelector, newLabelSelector);
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
	public void setLabelSelector(LabelSelector newLabelSelector) {
		if (newLabelSelector != labelSelector) {
			NotificationChain msgs = null;
			if (labelSelector != null)
				msgs = ((InternalEObject)labelSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR, null, msgs);
			if (newLabelSelector != null)
				msgs = ((InternalEObject)newLabelSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR, null, msgs);
			msgs = basicSetLabelSelector(newLabelSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR, newLabelSelector, newLabelSelector));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOptional() {
		return optional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptional(Boolean newOptional) {
		Boolean oldOptional = optional;
		optional = newOptional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__OPTIONAL, oldOptional, optional));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(String newSignerName) {
		String oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR:
				return basicSetLabelSelector(null, msgs);
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
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR:
				return getLabelSelector();
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__NAME:
				return getName();
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__OPTIONAL:
				return getOptional();
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__PATH:
				return getPath();
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__SIGNER_NAME:
				return getSignerName();
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
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR:
				setLabelSelector((LabelSelector)newValue);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__OPTIONAL:
				setOptional((Boolean)newValue);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__PATH:
				setPath((String)newValue);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__SIGNER_NAME:
				setSignerName((String)newValue);
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
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR:
				setLabelSelector((LabelSelector)null);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__OPTIONAL:
				setOptional(OPTIONAL_EDEFAULT);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
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
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__LABEL_SELECTOR:
				return labelSelector != null;
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__OPTIONAL:
				return OPTIONAL_EDEFAULT == null ? optional != null : !OPTIONAL_EDEFAULT.equals(optional);
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CoreV1Package.CLUSTER_TRUST_BUNDLE_PROJECTION__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", optional: ");
		result.append(optional);
		result.append(", path: ");
		result.append(path);
		result.append(", signerName: ");
		result.append(signerName);
		result.append(')');
		return result.toString();
	}

} //ClusterTrustBundleProjectionImpl
