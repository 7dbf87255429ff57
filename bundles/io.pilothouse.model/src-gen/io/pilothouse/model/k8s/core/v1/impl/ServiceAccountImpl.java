/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LocalObjectReference;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.ServiceAccount;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountImpl#getAutomountServiceAccountToken <em>Automount Service Account Token</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountImpl#getImagePullSecrets <em>Image Pull Secrets</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ServiceAccountImpl#getSecrets <em>Secrets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceAccountImpl extends MinimalEObjectImpl.Container implements ServiceAccount {
	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutomountServiceAccountToken() <em>Automount Service Account Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomountServiceAccountToken()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAutomountServiceAccountToken() <em>Automount Service Account Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomountServiceAccountToken()
	 * @generated
	 * @ordered
	 */
	protected Boolean automountServiceAccountToken = AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImagePullSecrets() <em>Image Pull Secrets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePullSecrets()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalObjectReference> imagePullSecrets;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected ObjectMeta metadata;

	/**
	 * The cached value of the '{@link #getSecrets() <em>Secrets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecrets()
	 * @generated
	 * @ordered
	 */
	protected EList<ObjectReference> secrets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceAccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.SERVICE_ACCOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAutomountServiceAccountToken() {
		return automountServiceAccountToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomountServiceAccountToken(Boolean newAutomountServiceAccountToken) {
		Boolean oldAutomountServiceAccountToken = automountServiceAccountToken;
		automountServiceAccountToken = newAutomountServiceAccountToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN, oldAutomountServiceAccountToken, automountServiceAccountToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalObjectReference> getImagePullSecrets() {
		if (imagePullSecrets == null) {
			imagePullSecrets = new EObjectContainmentEList<LocalObjectReference>(LocalObjectReference.class, this, CoreV1Package.SERVICE_ACCOUNT__IMAGE_PULL_SECRETS);
		}
		return imagePullSecrets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetadata(ObjectMeta newMetadata, NotificationChain msgs) {
		ObjectMeta oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT__METADATA, oldMetadata, newMetadata);
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
	public void setMetadata(ObjectMeta newMetadata) {
		if (newMetadata != metadata) {
			NotificationChain msgs = null;
			if (metadata != null)
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SERVICE_ACCOUNT__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.SERVICE_ACCOUNT__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.SERVICE_ACCOUNT__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ObjectReference> getSecrets() {
		if (secrets == null) {
			secrets = new EObjectContainmentEList<ObjectReference>(ObjectReference.class, this, CoreV1Package.SERVICE_ACCOUNT__SECRETS);
		}
		return secrets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.SERVICE_ACCOUNT__IMAGE_PULL_SECRETS:
				return ((InternalEList<?>)getImagePullSecrets()).basicRemove(otherEnd, msgs);
			case CoreV1Package.SERVICE_ACCOUNT__METADATA:
				return basicSetMetadata(null, msgs);
			case CoreV1Package.SERVICE_ACCOUNT__SECRETS:
				return ((InternalEList<?>)getSecrets()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.SERVICE_ACCOUNT__API_VERSION:
				return getApiVersion();
			case CoreV1Package.SERVICE_ACCOUNT__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				return getAutomountServiceAccountToken();
			case CoreV1Package.SERVICE_ACCOUNT__IMAGE_PULL_SECRETS:
				return getImagePullSecrets();
			case CoreV1Package.SERVICE_ACCOUNT__KIND:
				return getKind();
			case CoreV1Package.SERVICE_ACCOUNT__METADATA:
				return getMetadata();
			case CoreV1Package.SERVICE_ACCOUNT__SECRETS:
				return getSecrets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.SERVICE_ACCOUNT__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				setAutomountServiceAccountToken((Boolean)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__IMAGE_PULL_SECRETS:
				getImagePullSecrets().clear();
				getImagePullSecrets().addAll((Collection<? extends LocalObjectReference>)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__KIND:
				setKind((String)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__SECRETS:
				getSecrets().clear();
				getSecrets().addAll((Collection<? extends ObjectReference>)newValue);
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
			case CoreV1Package.SERVICE_ACCOUNT__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				setAutomountServiceAccountToken(AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__IMAGE_PULL_SECRETS:
				getImagePullSecrets().clear();
				return;
			case CoreV1Package.SERVICE_ACCOUNT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case CoreV1Package.SERVICE_ACCOUNT__SECRETS:
				getSecrets().clear();
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
			case CoreV1Package.SERVICE_ACCOUNT__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case CoreV1Package.SERVICE_ACCOUNT__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN:
				return AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT == null ? automountServiceAccountToken != null : !AUTOMOUNT_SERVICE_ACCOUNT_TOKEN_EDEFAULT.equals(automountServiceAccountToken);
			case CoreV1Package.SERVICE_ACCOUNT__IMAGE_PULL_SECRETS:
				return imagePullSecrets != null && !imagePullSecrets.isEmpty();
			case CoreV1Package.SERVICE_ACCOUNT__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CoreV1Package.SERVICE_ACCOUNT__METADATA:
				return metadata != null;
			case CoreV1Package.SERVICE_ACCOUNT__SECRETS:
				return secrets != null && !secrets.isEmpty();
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", automountServiceAccountToken: ");
		result.append(automountServiceAccountToken);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ServiceAccountImpl
