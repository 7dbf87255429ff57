/**
 */
package io.pilothouse.model.k8s.certificates.v1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.certificates.v1.CertificatesV1Factory
 * @generated
 */
public interface CertificatesV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/certificates/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "certificates.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CertificatesV1Package eINSTANCE = io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestImpl <em>Certificate Signing Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestImpl
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequest()
	 * @generated
	 */
	int CERTIFICATE_SIGNING_REQUEST = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Certificate Signing Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestConditionImpl <em>Certificate Signing Request Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestConditionImpl
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestCondition()
	 * @generated
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION = 1;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Last Update Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION__LAST_UPDATE_TIME = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION__TYPE = 5;

	/**
	 * The number of structural features of the '<em>Certificate Signing Request Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_CONDITION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestListImpl <em>Certificate Signing Request List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestListImpl
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestList()
	 * @generated
	 */
	int CERTIFICATE_SIGNING_REQUEST_LIST = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Certificate Signing Request List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl <em>Certificate Signing Request Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestSpec()
	 * @generated
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS = 0;

	/**
	 * The feature id for the '<em><b>Extra</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA = 1;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS = 2;

	/**
	 * The feature id for the '<em><b>Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST = 3;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME = 4;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__UID = 5;

	/**
	 * The feature id for the '<em><b>Usages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES = 6;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME = 7;

	/**
	 * The number of structural features of the '<em>Certificate Signing Request Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_SPEC_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestStatusImpl <em>Certificate Signing Request Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestStatusImpl
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestStatus()
	 * @generated
	 */
	int CERTIFICATE_SIGNING_REQUEST_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Certificate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS = 1;

	/**
	 * The number of structural features of the '<em>Certificate Signing Request Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_SIGNING_REQUEST_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.StringListMapEntryImpl <em>String List Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.StringListMapEntryImpl
	 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getStringListMapEntry()
	 * @generated
	 */
	int STRING_LIST_MAP_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_LIST_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_LIST_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String List Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_LIST_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest <em>Certificate Signing Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate Signing Request</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest
	 * @generated
	 */
	EClass getCertificateSigningRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getApiVersion()
	 * @see #getCertificateSigningRequest()
	 * @generated
	 */
	EAttribute getCertificateSigningRequest_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getKind()
	 * @see #getCertificateSigningRequest()
	 * @generated
	 */
	EAttribute getCertificateSigningRequest_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getMetadata()
	 * @see #getCertificateSigningRequest()
	 * @generated
	 */
	EReference getCertificateSigningRequest_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getSpec()
	 * @see #getCertificateSigningRequest()
	 * @generated
	 */
	EReference getCertificateSigningRequest_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequest#getStatus()
	 * @see #getCertificateSigningRequest()
	 * @generated
	 */
	EReference getCertificateSigningRequest_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition <em>Certificate Signing Request Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate Signing Request Condition</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition
	 * @generated
	 */
	EClass getCertificateSigningRequestCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getLastTransitionTime()
	 * @see #getCertificateSigningRequestCondition()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getLastUpdateTime <em>Last Update Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Update Time</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getLastUpdateTime()
	 * @see #getCertificateSigningRequestCondition()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestCondition_LastUpdateTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getMessage()
	 * @see #getCertificateSigningRequestCondition()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getReason()
	 * @see #getCertificateSigningRequestCondition()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getStatus()
	 * @see #getCertificateSigningRequestCondition()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestCondition#getType()
	 * @see #getCertificateSigningRequestCondition()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList <em>Certificate Signing Request List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate Signing Request List</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList
	 * @generated
	 */
	EClass getCertificateSigningRequestList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getApiVersion()
	 * @see #getCertificateSigningRequestList()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getItems()
	 * @see #getCertificateSigningRequestList()
	 * @generated
	 */
	EReference getCertificateSigningRequestList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getKind()
	 * @see #getCertificateSigningRequestList()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestList#getMetadata()
	 * @see #getCertificateSigningRequestList()
	 * @generated
	 */
	EReference getCertificateSigningRequestList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec <em>Certificate Signing Request Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate Signing Request Spec</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec
	 * @generated
	 */
	EClass getCertificateSigningRequestSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExpirationSeconds <em>Expiration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiration Seconds</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExpirationSeconds()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_ExpirationSeconds();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExtra <em>Extra</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extra</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getExtra()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EReference getCertificateSigningRequestSpec_Extra();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Groups</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getGroups()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_Groups();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getRequest <em>Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getRequest()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_Request();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getSignerName()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUid()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_Uid();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsages <em>Usages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Usages</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsages()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_Usages();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestSpec#getUsername()
	 * @see #getCertificateSigningRequestSpec()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestSpec_Username();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus <em>Certificate Signing Request Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate Signing Request Status</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus
	 * @generated
	 */
	EClass getCertificateSigningRequestStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getCertificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getCertificate()
	 * @see #getCertificateSigningRequestStatus()
	 * @generated
	 */
	EAttribute getCertificateSigningRequestStatus_Certificate();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.certificates.v1.CertificateSigningRequestStatus#getConditions()
	 * @see #getCertificateSigningRequestStatus()
	 * @generated
	 */
	EReference getCertificateSigningRequestStatus_Conditions();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String List Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String List Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringListMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringListMapEntry()
	 * @generated
	 */
	EAttribute getStringListMapEntry_Key();

	/**
	 * Returns the meta object for the attribute list '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringListMapEntry()
	 * @generated
	 */
	EAttribute getStringListMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CertificatesV1Factory getCertificatesV1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestImpl <em>Certificate Signing Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestImpl
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequest()
		 * @generated
		 */
		EClass CERTIFICATE_SIGNING_REQUEST = eINSTANCE.getCertificateSigningRequest();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST__API_VERSION = eINSTANCE.getCertificateSigningRequest_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST__KIND = eINSTANCE.getCertificateSigningRequest_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST__METADATA = eINSTANCE.getCertificateSigningRequest_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST__SPEC = eINSTANCE.getCertificateSigningRequest_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST__STATUS = eINSTANCE.getCertificateSigningRequest_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestConditionImpl <em>Certificate Signing Request Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestConditionImpl
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestCondition()
		 * @generated
		 */
		EClass CERTIFICATE_SIGNING_REQUEST_CONDITION = eINSTANCE.getCertificateSigningRequestCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getCertificateSigningRequestCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Last Update Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_CONDITION__LAST_UPDATE_TIME = eINSTANCE.getCertificateSigningRequestCondition_LastUpdateTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_CONDITION__MESSAGE = eINSTANCE.getCertificateSigningRequestCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_CONDITION__REASON = eINSTANCE.getCertificateSigningRequestCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_CONDITION__STATUS = eINSTANCE.getCertificateSigningRequestCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_CONDITION__TYPE = eINSTANCE.getCertificateSigningRequestCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestListImpl <em>Certificate Signing Request List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestListImpl
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestList()
		 * @generated
		 */
		EClass CERTIFICATE_SIGNING_REQUEST_LIST = eINSTANCE.getCertificateSigningRequestList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_LIST__API_VERSION = eINSTANCE.getCertificateSigningRequestList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST_LIST__ITEMS = eINSTANCE.getCertificateSigningRequestList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_LIST__KIND = eINSTANCE.getCertificateSigningRequestList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST_LIST__METADATA = eINSTANCE.getCertificateSigningRequestList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl <em>Certificate Signing Request Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestSpecImpl
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestSpec()
		 * @generated
		 */
		EClass CERTIFICATE_SIGNING_REQUEST_SPEC = eINSTANCE.getCertificateSigningRequestSpec();

		/**
		 * The meta object literal for the '<em><b>Expiration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__EXPIRATION_SECONDS = eINSTANCE.getCertificateSigningRequestSpec_ExpirationSeconds();

		/**
		 * The meta object literal for the '<em><b>Extra</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST_SPEC__EXTRA = eINSTANCE.getCertificateSigningRequestSpec_Extra();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__GROUPS = eINSTANCE.getCertificateSigningRequestSpec_Groups();

		/**
		 * The meta object literal for the '<em><b>Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__REQUEST = eINSTANCE.getCertificateSigningRequestSpec_Request();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__SIGNER_NAME = eINSTANCE.getCertificateSigningRequestSpec_SignerName();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__UID = eINSTANCE.getCertificateSigningRequestSpec_Uid();

		/**
		 * The meta object literal for the '<em><b>Usages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__USAGES = eINSTANCE.getCertificateSigningRequestSpec_Usages();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_SPEC__USERNAME = eINSTANCE.getCertificateSigningRequestSpec_Username();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestStatusImpl <em>Certificate Signing Request Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificateSigningRequestStatusImpl
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getCertificateSigningRequestStatus()
		 * @generated
		 */
		EClass CERTIFICATE_SIGNING_REQUEST_STATUS = eINSTANCE.getCertificateSigningRequestStatus();

		/**
		 * The meta object literal for the '<em><b>Certificate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE_SIGNING_REQUEST_STATUS__CERTIFICATE = eINSTANCE.getCertificateSigningRequestStatus_Certificate();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTIFICATE_SIGNING_REQUEST_STATUS__CONDITIONS = eINSTANCE.getCertificateSigningRequestStatus_Conditions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.certificates.v1.impl.StringListMapEntryImpl <em>String List Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.StringListMapEntryImpl
		 * @see io.pilothouse.model.k8s.certificates.v1.impl.CertificatesV1PackageImpl#getStringListMapEntry()
		 * @generated
		 */
		EClass STRING_LIST_MAP_ENTRY = eINSTANCE.getStringListMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_LIST_MAP_ENTRY__KEY = eINSTANCE.getStringListMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_LIST_MAP_ENTRY__VALUE = eINSTANCE.getStringListMapEntry_Value();

	}

} //CertificatesV1Package
