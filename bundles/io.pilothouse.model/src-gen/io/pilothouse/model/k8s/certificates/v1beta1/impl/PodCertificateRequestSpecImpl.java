/**
 */
package io.pilothouse.model.k8s.certificates.v1beta1.impl;

import io.pilothouse.model.k8s.certificates.v1beta1.CertificatesV1beta1Package;
import io.pilothouse.model.k8s.certificates.v1beta1.PodCertificateRequestSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Certificate Request Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getMaxExpirationSeconds <em>Max Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getNodeUID <em>Node UID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getPkixPublicKey <em>Pkix Public Key</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getPodName <em>Pod Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getPodUID <em>Pod UID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getProofOfPossession <em>Proof Of Possession</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getServiceAccountName <em>Service Account Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getServiceAccountUID <em>Service Account UID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getStubPKCS10Request <em>Stub PKCS10 Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.certificates.v1beta1.impl.PodCertificateRequestSpecImpl#getUnverifiedUserAnnotations <em>Unverified User Annotations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodCertificateRequestSpecImpl extends MinimalEObjectImpl.Container implements PodCertificateRequestSpec {
	/**
	 * The default value of the '{@link #getMaxExpirationSeconds() <em>Max Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_EXPIRATION_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxExpirationSeconds() <em>Max Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer maxExpirationSeconds = MAX_EXPIRATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected String nodeName = NODE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeUID() <em>Node UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeUID()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeUID() <em>Node UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeUID()
	 * @generated
	 * @ordered
	 */
	protected String nodeUID = NODE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPkixPublicKey() <em>Pkix Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPkixPublicKey()
	 * @generated
	 * @ordered
	 */
	protected static final String PKIX_PUBLIC_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPkixPublicKey() <em>Pkix Public Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPkixPublicKey()
	 * @generated
	 * @ordered
	 */
	protected String pkixPublicKey = PKIX_PUBLIC_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPodName() <em>Pod Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodName()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodName() <em>Pod Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodName()
	 * @generated
	 * @ordered
	 */
	protected String podName = POD_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPodUID() <em>Pod UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodUID()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodUID() <em>Pod UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodUID()
	 * @generated
	 * @ordered
	 */
	protected String podUID = POD_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProofOfPossession() <em>Proof Of Possession</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProofOfPossession()
	 * @generated
	 * @ordered
	 */
	protected static final String PROOF_OF_POSSESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProofOfPossession() <em>Proof Of Possession</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProofOfPossession()
	 * @generated
	 * @ordered
	 */
	protected String proofOfPossession = PROOF_OF_POSSESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceAccountName() <em>Service Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountName()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_ACCOUNT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceAccountName() <em>Service Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountName()
	 * @generated
	 * @ordered
	 */
	protected String serviceAccountName = SERVICE_ACCOUNT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceAccountUID() <em>Service Account UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountUID()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_ACCOUNT_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceAccountUID() <em>Service Account UID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountUID()
	 * @generated
	 * @ordered
	 */
	protected String serviceAccountUID = SERVICE_ACCOUNT_UID_EDEFAULT;

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
	 * The default value of the '{@link #getStubPKCS10Request() <em>Stub PKCS10 Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStubPKCS10Request()
	 * @generated
	 * @ordered
	 */
	protected static final String STUB_PKCS10_REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStubPKCS10Request() <em>Stub PKCS10 Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStubPKCS10Request()
	 * @generated
	 * @ordered
	 */
	protected String stubPKCS10Request = STUB_PKCS10_REQUEST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnverifiedUserAnnotations() <em>Unverified User Annotations</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnverifiedUserAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> unverifiedUserAnnotations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodCertificateRequestSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CertificatesV1beta1Package.Literals.POD_CERTIFICATE_REQUEST_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxExpirationSeconds() {
		return maxExpirationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxExpirationSeconds(Integer newMaxExpirationSeconds) {
		Integer oldMaxExpirationSeconds = maxExpirationSeconds;
		maxExpirationSeconds = newMaxExpirationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS, oldMaxExpirationSeconds, maxExpirationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeName() {
		return nodeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeName(String newNodeName) {
		String oldNodeName = nodeName;
		nodeName = newNodeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME, oldNodeName, nodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeUID() {
		return nodeUID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeUID(String newNodeUID) {
		String oldNodeUID = nodeUID;
		nodeUID = newNodeUID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_UID, oldNodeUID, nodeUID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPkixPublicKey() {
		return pkixPublicKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPkixPublicKey(String newPkixPublicKey) {
		String oldPkixPublicKey = pkixPublicKey;
		pkixPublicKey = newPkixPublicKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY, oldPkixPublicKey, pkixPublicKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodName() {
		return podName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodName(String newPodName) {
		String oldPodName = podName;
		podName = newPodName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_NAME, oldPodName, podName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodUID() {
		return podUID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodUID(String newPodUID) {
		String oldPodUID = podUID;
		podUID = newPodUID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_UID, oldPodUID, podUID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProofOfPossession() {
		return proofOfPossession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProofOfPossession(String newProofOfPossession) {
		String oldProofOfPossession = proofOfPossession;
		proofOfPossession = newProofOfPossession;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION, oldProofOfPossession, proofOfPossession));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceAccountName() {
		return serviceAccountName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccountName(String newServiceAccountName) {
		String oldServiceAccountName = serviceAccountName;
		serviceAccountName = newServiceAccountName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME, oldServiceAccountName, serviceAccountName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceAccountUID() {
		return serviceAccountUID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceAccountUID(String newServiceAccountUID) {
		String oldServiceAccountUID = serviceAccountUID;
		serviceAccountUID = newServiceAccountUID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID, oldServiceAccountUID, serviceAccountUID));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStubPKCS10Request() {
		return stubPKCS10Request;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStubPKCS10Request(String newStubPKCS10Request) {
		String oldStubPKCS10Request = stubPKCS10Request;
		stubPKCS10Request = newStubPKCS10Request;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST, oldStubPKCS10Request, stubPKCS10Request));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getUnverifiedUserAnnotations() {
		if (unverifiedUserAnnotations == null) {
			unverifiedUserAnnotations = new EcoreEMap<String,String>(CertificatesV1beta1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS);
		}
		return unverifiedUserAnnotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS:
				return ((InternalEList<?>)getUnverifiedUserAnnotations()).basicRemove(otherEnd, msgs);
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS:
				return getMaxExpirationSeconds();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME:
				return getNodeName();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_UID:
				return getNodeUID();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY:
				return getPkixPublicKey();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_NAME:
				return getPodName();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_UID:
				return getPodUID();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION:
				return getProofOfPossession();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME:
				return getServiceAccountName();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID:
				return getServiceAccountUID();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME:
				return getSignerName();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST:
				return getStubPKCS10Request();
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS:
				if (coreType) return getUnverifiedUserAnnotations();
				else return getUnverifiedUserAnnotations().map();
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS:
				setMaxExpirationSeconds((Integer)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_UID:
				setNodeUID((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY:
				setPkixPublicKey((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_NAME:
				setPodName((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_UID:
				setPodUID((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION:
				setProofOfPossession((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME:
				setServiceAccountName((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID:
				setServiceAccountUID((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST:
				setStubPKCS10Request((String)newValue);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS:
				((EStructuralFeature.Setting)getUnverifiedUserAnnotations()).set(newValue);
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS:
				setMaxExpirationSeconds(MAX_EXPIRATION_SECONDS_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_UID:
				setNodeUID(NODE_UID_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY:
				setPkixPublicKey(PKIX_PUBLIC_KEY_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_NAME:
				setPodName(POD_NAME_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_UID:
				setPodUID(POD_UID_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION:
				setProofOfPossession(PROOF_OF_POSSESSION_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME:
				setServiceAccountName(SERVICE_ACCOUNT_NAME_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID:
				setServiceAccountUID(SERVICE_ACCOUNT_UID_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST:
				setStubPKCS10Request(STUB_PKCS10_REQUEST_EDEFAULT);
				return;
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS:
				getUnverifiedUserAnnotations().clear();
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
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__MAX_EXPIRATION_SECONDS:
				return MAX_EXPIRATION_SECONDS_EDEFAULT == null ? maxExpirationSeconds != null : !MAX_EXPIRATION_SECONDS_EDEFAULT.equals(maxExpirationSeconds);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__NODE_UID:
				return NODE_UID_EDEFAULT == null ? nodeUID != null : !NODE_UID_EDEFAULT.equals(nodeUID);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PKIX_PUBLIC_KEY:
				return PKIX_PUBLIC_KEY_EDEFAULT == null ? pkixPublicKey != null : !PKIX_PUBLIC_KEY_EDEFAULT.equals(pkixPublicKey);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_NAME:
				return POD_NAME_EDEFAULT == null ? podName != null : !POD_NAME_EDEFAULT.equals(podName);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__POD_UID:
				return POD_UID_EDEFAULT == null ? podUID != null : !POD_UID_EDEFAULT.equals(podUID);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__PROOF_OF_POSSESSION:
				return PROOF_OF_POSSESSION_EDEFAULT == null ? proofOfPossession != null : !PROOF_OF_POSSESSION_EDEFAULT.equals(proofOfPossession);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_NAME:
				return SERVICE_ACCOUNT_NAME_EDEFAULT == null ? serviceAccountName != null : !SERVICE_ACCOUNT_NAME_EDEFAULT.equals(serviceAccountName);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SERVICE_ACCOUNT_UID:
				return SERVICE_ACCOUNT_UID_EDEFAULT == null ? serviceAccountUID != null : !SERVICE_ACCOUNT_UID_EDEFAULT.equals(serviceAccountUID);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__STUB_PKCS10_REQUEST:
				return STUB_PKCS10_REQUEST_EDEFAULT == null ? stubPKCS10Request != null : !STUB_PKCS10_REQUEST_EDEFAULT.equals(stubPKCS10Request);
			case CertificatesV1beta1Package.POD_CERTIFICATE_REQUEST_SPEC__UNVERIFIED_USER_ANNOTATIONS:
				return unverifiedUserAnnotations != null && !unverifiedUserAnnotations.isEmpty();
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
		result.append(" (maxExpirationSeconds: ");
		result.append(maxExpirationSeconds);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(", nodeUID: ");
		result.append(nodeUID);
		result.append(", pkixPublicKey: ");
		result.append(pkixPublicKey);
		result.append(", podName: ");
		result.append(podName);
		result.append(", podUID: ");
		result.append(podUID);
		result.append(", proofOfPossession: ");
		result.append(proofOfPossession);
		result.append(", serviceAccountName: ");
		result.append(serviceAccountName);
		result.append(", serviceAccountUID: ");
		result.append(serviceAccountUID);
		result.append(", signerName: ");
		result.append(signerName);
		result.append(", stubPKCS10Request: ");
		result.append(stubPKCS10Request);
		result.append(')');
		return result.toString();
	}

} //PodCertificateRequestSpecImpl
