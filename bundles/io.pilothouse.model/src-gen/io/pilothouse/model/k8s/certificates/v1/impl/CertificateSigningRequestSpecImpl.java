/**
 */
package io.pilothouse.model.k8s.certificates.v1.impl;

import io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec;
import io.pilothouse.model.k8s.certificates.v1.CertificatesV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Certificate Signing Request Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getExtra <em>Extra</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getRequest <em>Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getUsages <em>Usages</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl#getUsername <em>Username</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertificateSigningRequestSpecImpl extends MinimalEObjectImpl.Container implements CertificateSigningRequestSpec {
	/**
	 * The default value of the '{@link #getExpirationSeconds() <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXPIRATION_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpirationSeconds() <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer expirationSeconds = EXPIRATION_SECONDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExtra() <em>Extra</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtra()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, EList<String>> extra;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<String> groups;

	/**
	 * The default value of the '{@link #getRequest() <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequest() <em>Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected String request = REQUEST_EDEFAULT;

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
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUsages() <em>Usages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> usages;

	/**
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertificateSigningRequestSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CertificatesV1Package.Literals.CERTIFICATE_SIGNING_REQUEST_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExpirationSeconds() {
		return expirationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpirationSeconds(Integer newExpirationSeconds) {
		Integer oldExpirationSeconds = expirationSeconds;
		expirationSeconds = newExpirationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS, oldExpirationSeconds, expirationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, EList<String>> getExtra() {
		if (extra == null) {
			extra = new EcoreEMap<String,EList<String>>(CertificatesV1Package.Literals.STRING_LIST_MAP_ENTRY, StringListMapEntryImpl.class, this, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA);
		}
		return extra;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGroups() {
		if (groups == null) {
			groups = new EDataTypeUniqueEList<String>(String.class, this, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequest() {
		return request;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequest(String newRequest) {
		String oldRequest = request;
		request = newRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST, oldRequest, request));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUsages() {
		if (usages == null) {
			usages = new EDataTypeUniqueEList<String>(String.class, this, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES);
		}
		return usages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME, oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA:
				return ((InternalEList<?>)getExtra()).basicRemove(otherEnd, msgs);
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS:
				return getExpirationSeconds();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA:
				if (coreType) return getExtra();
				else return getExtra().map();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS:
				return getGroups();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST:
				return getRequest();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME:
				return getSignerName();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__UID:
				return getUid();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES:
				return getUsages();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME:
				return getUsername();
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS:
				setExpirationSeconds((Integer)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA:
				((EStructuralFeature.Setting)getExtra()).set(newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends String>)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST:
				setRequest((String)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__UID:
				setUid((String)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES:
				getUsages().clear();
				getUsages().addAll((Collection<? extends String>)newValue);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME:
				setUsername((String)newValue);
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS:
				setExpirationSeconds(EXPIRATION_SECONDS_EDEFAULT);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA:
				getExtra().clear();
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS:
				getGroups().clear();
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST:
				setRequest(REQUEST_EDEFAULT);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__UID:
				setUid(UID_EDEFAULT);
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES:
				getUsages().clear();
				return;
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME:
				setUsername(USERNAME_EDEFAULT);
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
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS:
				return EXPIRATION_SECONDS_EDEFAULT == null ? expirationSeconds != null : !EXPIRATION_SECONDS_EDEFAULT.equals(expirationSeconds);
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA:
				return extra != null && !extra.isEmpty();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS:
				return groups != null && !groups.isEmpty();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST:
				return REQUEST_EDEFAULT == null ? request != null : !REQUEST_EDEFAULT.equals(request);
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES:
				return usages != null && !usages.isEmpty();
			case CertificatesV1Package.CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
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
		result.append(" (expirationSeconds: ");
		result.append(expirationSeconds);
		result.append(", groups: ");
		result.append(groups);
		result.append(", request: ");
		result.append(request);
		result.append(", signerName: ");
		result.append(signerName);
		result.append(", uid: ");
		result.append(uid);
		result.append(", usages: ");
		result.append(usages);
		result.append(", username: ");
		result.append(username);
		result.append(')');
		return result.toString();
	}

} //CertificateSigningRequestSpecImpl
