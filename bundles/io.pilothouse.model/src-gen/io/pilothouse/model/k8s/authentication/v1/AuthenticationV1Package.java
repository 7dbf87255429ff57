/**
 */
package io.pilothouse.model.k8s.authentication.v1;

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
 * @see io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Factory
 * @generated
 */
public interface AuthenticationV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/authentication/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "authentication.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AuthenticationV1Package eINSTANCE = io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.BoundObjectReferenceImpl <em>Bound Object Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.BoundObjectReferenceImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getBoundObjectReference()
	 * @generated
	 */
	int BOUND_OBJECT_REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUND_OBJECT_REFERENCE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUND_OBJECT_REFERENCE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUND_OBJECT_REFERENCE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUND_OBJECT_REFERENCE__UID = 3;

	/**
	 * The number of structural features of the '<em>Bound Object Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUND_OBJECT_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewImpl <em>Self Subject Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getSelfSubjectReview()
	 * @generated
	 */
	int SELF_SUBJECT_REVIEW = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW__STATUS = 3;

	/**
	 * The number of structural features of the '<em>Self Subject Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewStatusImpl <em>Self Subject Review Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewStatusImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getSelfSubjectReviewStatus()
	 * @generated
	 */
	int SELF_SUBJECT_REVIEW_STATUS = 2;

	/**
	 * The feature id for the '<em><b>User Info</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW_STATUS__USER_INFO = 0;

	/**
	 * The number of structural features of the '<em>Self Subject Review Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELF_SUBJECT_REVIEW_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestImpl <em>Token Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenRequest()
	 * @generated
	 */
	int TOKEN_REQUEST = 3;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Token Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl <em>Token Request Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenRequestSpec()
	 * @generated
	 */
	int TOKEN_REQUEST_SPEC = 4;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_SPEC__AUDIENCES = 0;

	/**
	 * The feature id for the '<em><b>Bound Object Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF = 1;

	/**
	 * The feature id for the '<em><b>Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS = 2;

	/**
	 * The number of structural features of the '<em>Token Request Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_SPEC_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestStatusImpl <em>Token Request Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestStatusImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenRequestStatus()
	 * @generated
	 */
	int TOKEN_REQUEST_STATUS = 5;

	/**
	 * The feature id for the '<em><b>Expiration Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP = 0;

	/**
	 * The feature id for the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_STATUS__TOKEN = 1;

	/**
	 * The number of structural features of the '<em>Token Request Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REQUEST_STATUS_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewImpl <em>Token Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenReview()
	 * @generated
	 */
	int TOKEN_REVIEW = 6;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Token Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewSpecImpl <em>Token Review Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewSpecImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenReviewSpec()
	 * @generated
	 */
	int TOKEN_REVIEW_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_SPEC__AUDIENCES = 0;

	/**
	 * The feature id for the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_SPEC__TOKEN = 1;

	/**
	 * The number of structural features of the '<em>Token Review Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_SPEC_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl <em>Token Review Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenReviewStatus()
	 * @generated
	 */
	int TOKEN_REVIEW_STATUS = 8;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_STATUS__AUDIENCES = 0;

	/**
	 * The feature id for the '<em><b>Authenticated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_STATUS__AUTHENTICATED = 1;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_STATUS__ERROR = 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_STATUS__USER = 3;

	/**
	 * The number of structural features of the '<em>Token Review Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKEN_REVIEW_STATUS_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.UserInfoImpl <em>User Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.UserInfoImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getUserInfo()
	 * @generated
	 */
	int USER_INFO = 9;

	/**
	 * The feature id for the '<em><b>Extra</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INFO__EXTRA = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INFO__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INFO__UID = 2;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INFO__USERNAME = 3;

	/**
	 * The number of structural features of the '<em>User Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INFO_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.StringListMapEntryImpl <em>String List Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.StringListMapEntryImpl
	 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getStringListMapEntry()
	 * @generated
	 */
	int STRING_LIST_MAP_ENTRY = 10;

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
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.BoundObjectReference <em>Bound Object Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bound Object Reference</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.BoundObjectReference
	 * @generated
	 */
	EClass getBoundObjectReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getApiVersion()
	 * @see #getBoundObjectReference()
	 * @generated
	 */
	EAttribute getBoundObjectReference_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getKind()
	 * @see #getBoundObjectReference()
	 * @generated
	 */
	EAttribute getBoundObjectReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getName()
	 * @see #getBoundObjectReference()
	 * @generated
	 */
	EAttribute getBoundObjectReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.BoundObjectReference#getUid()
	 * @see #getBoundObjectReference()
	 * @generated
	 */
	EAttribute getBoundObjectReference_Uid();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview <em>Self Subject Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Self Subject Review</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview
	 * @generated
	 */
	EClass getSelfSubjectReview();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getApiVersion()
	 * @see #getSelfSubjectReview()
	 * @generated
	 */
	EAttribute getSelfSubjectReview_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getKind()
	 * @see #getSelfSubjectReview()
	 * @generated
	 */
	EAttribute getSelfSubjectReview_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getMetadata()
	 * @see #getSelfSubjectReview()
	 * @generated
	 */
	EReference getSelfSubjectReview_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReview#getStatus()
	 * @see #getSelfSubjectReview()
	 * @generated
	 */
	EReference getSelfSubjectReview_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus <em>Self Subject Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Self Subject Review Status</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus
	 * @generated
	 */
	EClass getSelfSubjectReviewStatus();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus#getUserInfo <em>User Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>User Info</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus#getUserInfo()
	 * @see #getSelfSubjectReviewStatus()
	 * @generated
	 */
	EReference getSelfSubjectReviewStatus_UserInfo();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequest <em>Token Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Request</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequest
	 * @generated
	 */
	EClass getTokenRequest();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequest#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequest#getApiVersion()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EAttribute getTokenRequest_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequest#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequest#getKind()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EAttribute getTokenRequest_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequest#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequest#getMetadata()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EReference getTokenRequest_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequest#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequest#getSpec()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EReference getTokenRequest_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequest#getStatus()
	 * @see #getTokenRequest()
	 * @generated
	 */
	EReference getTokenRequest_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec <em>Token Request Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Request Spec</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec
	 * @generated
	 */
	EClass getTokenRequestSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Audiences</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getAudiences()
	 * @see #getTokenRequestSpec()
	 * @generated
	 */
	EAttribute getTokenRequestSpec_Audiences();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getBoundObjectRef <em>Bound Object Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bound Object Ref</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getBoundObjectRef()
	 * @see #getTokenRequestSpec()
	 * @generated
	 */
	EReference getTokenRequestSpec_BoundObjectRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getExpirationSeconds <em>Expiration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiration Seconds</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec#getExpirationSeconds()
	 * @see #getTokenRequestSpec()
	 * @generated
	 */
	EAttribute getTokenRequestSpec_ExpirationSeconds();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus <em>Token Request Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Request Status</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus
	 * @generated
	 */
	EClass getTokenRequestStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getExpirationTimestamp <em>Expiration Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiration Timestamp</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getExpirationTimestamp()
	 * @see #getTokenRequestStatus()
	 * @generated
	 */
	EAttribute getTokenRequestStatus_ExpirationTimestamp();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getToken <em>Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenRequestStatus#getToken()
	 * @see #getTokenRequestStatus()
	 * @generated
	 */
	EAttribute getTokenRequestStatus_Token();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.TokenReview <em>Token Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Review</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReview
	 * @generated
	 */
	EClass getTokenReview();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenReview#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReview#getApiVersion()
	 * @see #getTokenReview()
	 * @generated
	 */
	EAttribute getTokenReview_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReview#getKind()
	 * @see #getTokenReview()
	 * @generated
	 */
	EAttribute getTokenReview_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenReview#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReview#getMetadata()
	 * @see #getTokenReview()
	 * @generated
	 */
	EReference getTokenReview_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenReview#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReview#getSpec()
	 * @see #getTokenReview()
	 * @generated
	 */
	EReference getTokenReview_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenReview#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReview#getStatus()
	 * @see #getTokenReview()
	 * @generated
	 */
	EReference getTokenReview_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec <em>Token Review Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Review Spec</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec
	 * @generated
	 */
	EClass getTokenReviewSpec();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Audiences</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getAudiences()
	 * @see #getTokenReviewSpec()
	 * @generated
	 */
	EAttribute getTokenReviewSpec_Audiences();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getToken <em>Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewSpec#getToken()
	 * @see #getTokenReviewSpec()
	 * @generated
	 */
	EAttribute getTokenReviewSpec_Token();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus <em>Token Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Token Review Status</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus
	 * @generated
	 */
	EClass getTokenReviewStatus();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Audiences</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAudiences()
	 * @see #getTokenReviewStatus()
	 * @generated
	 */
	EAttribute getTokenReviewStatus_Audiences();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAuthenticated <em>Authenticated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authenticated</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getAuthenticated()
	 * @see #getTokenReviewStatus()
	 * @generated
	 */
	EAttribute getTokenReviewStatus_Authenticated();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getError()
	 * @see #getTokenReviewStatus()
	 * @generated
	 */
	EAttribute getTokenReviewStatus_Error();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>User</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus#getUser()
	 * @see #getTokenReviewStatus()
	 * @generated
	 */
	EReference getTokenReviewStatus_User();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo <em>User Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Info</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.UserInfo
	 * @generated
	 */
	EClass getUserInfo();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getExtra <em>Extra</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extra</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.UserInfo#getExtra()
	 * @see #getUserInfo()
	 * @generated
	 */
	EReference getUserInfo_Extra();

	/**
	 * Returns the meta object for the attribute list '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Groups</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.UserInfo#getGroups()
	 * @see #getUserInfo()
	 * @generated
	 */
	EAttribute getUserInfo_Groups();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.UserInfo#getUid()
	 * @see #getUserInfo()
	 * @generated
	 */
	EAttribute getUserInfo_Uid();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.authentication.v1.UserInfo#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see io.pilothouse.model.k8s.authentication.v1.UserInfo#getUsername()
	 * @see #getUserInfo()
	 * @generated
	 */
	EAttribute getUserInfo_Username();

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
	AuthenticationV1Factory getAuthenticationV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.BoundObjectReferenceImpl <em>Bound Object Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.BoundObjectReferenceImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getBoundObjectReference()
		 * @generated
		 */
		EClass BOUND_OBJECT_REFERENCE = eINSTANCE.getBoundObjectReference();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUND_OBJECT_REFERENCE__API_VERSION = eINSTANCE.getBoundObjectReference_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUND_OBJECT_REFERENCE__KIND = eINSTANCE.getBoundObjectReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUND_OBJECT_REFERENCE__NAME = eINSTANCE.getBoundObjectReference_Name();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUND_OBJECT_REFERENCE__UID = eINSTANCE.getBoundObjectReference_Uid();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewImpl <em>Self Subject Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getSelfSubjectReview()
		 * @generated
		 */
		EClass SELF_SUBJECT_REVIEW = eINSTANCE.getSelfSubjectReview();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_REVIEW__API_VERSION = eINSTANCE.getSelfSubjectReview_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELF_SUBJECT_REVIEW__KIND = eINSTANCE.getSelfSubjectReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_REVIEW__METADATA = eINSTANCE.getSelfSubjectReview_Metadata();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_REVIEW__STATUS = eINSTANCE.getSelfSubjectReview_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewStatusImpl <em>Self Subject Review Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewStatusImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getSelfSubjectReviewStatus()
		 * @generated
		 */
		EClass SELF_SUBJECT_REVIEW_STATUS = eINSTANCE.getSelfSubjectReviewStatus();

		/**
		 * The meta object literal for the '<em><b>User Info</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELF_SUBJECT_REVIEW_STATUS__USER_INFO = eINSTANCE.getSelfSubjectReviewStatus_UserInfo();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestImpl <em>Token Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenRequest()
		 * @generated
		 */
		EClass TOKEN_REQUEST = eINSTANCE.getTokenRequest();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST__API_VERSION = eINSTANCE.getTokenRequest_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST__KIND = eINSTANCE.getTokenRequest_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REQUEST__METADATA = eINSTANCE.getTokenRequest_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REQUEST__SPEC = eINSTANCE.getTokenRequest_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REQUEST__STATUS = eINSTANCE.getTokenRequest_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl <em>Token Request Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenRequestSpec()
		 * @generated
		 */
		EClass TOKEN_REQUEST_SPEC = eINSTANCE.getTokenRequestSpec();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST_SPEC__AUDIENCES = eINSTANCE.getTokenRequestSpec_Audiences();

		/**
		 * The meta object literal for the '<em><b>Bound Object Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF = eINSTANCE.getTokenRequestSpec_BoundObjectRef();

		/**
		 * The meta object literal for the '<em><b>Expiration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS = eINSTANCE.getTokenRequestSpec_ExpirationSeconds();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestStatusImpl <em>Token Request Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestStatusImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenRequestStatus()
		 * @generated
		 */
		EClass TOKEN_REQUEST_STATUS = eINSTANCE.getTokenRequestStatus();

		/**
		 * The meta object literal for the '<em><b>Expiration Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST_STATUS__EXPIRATION_TIMESTAMP = eINSTANCE.getTokenRequestStatus_ExpirationTimestamp();

		/**
		 * The meta object literal for the '<em><b>Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REQUEST_STATUS__TOKEN = eINSTANCE.getTokenRequestStatus_Token();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewImpl <em>Token Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenReview()
		 * @generated
		 */
		EClass TOKEN_REVIEW = eINSTANCE.getTokenReview();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW__API_VERSION = eINSTANCE.getTokenReview_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW__KIND = eINSTANCE.getTokenReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REVIEW__METADATA = eINSTANCE.getTokenReview_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REVIEW__SPEC = eINSTANCE.getTokenReview_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REVIEW__STATUS = eINSTANCE.getTokenReview_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewSpecImpl <em>Token Review Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewSpecImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenReviewSpec()
		 * @generated
		 */
		EClass TOKEN_REVIEW_SPEC = eINSTANCE.getTokenReviewSpec();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW_SPEC__AUDIENCES = eINSTANCE.getTokenReviewSpec_Audiences();

		/**
		 * The meta object literal for the '<em><b>Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW_SPEC__TOKEN = eINSTANCE.getTokenReviewSpec_Token();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl <em>Token Review Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getTokenReviewStatus()
		 * @generated
		 */
		EClass TOKEN_REVIEW_STATUS = eINSTANCE.getTokenReviewStatus();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW_STATUS__AUDIENCES = eINSTANCE.getTokenReviewStatus_Audiences();

		/**
		 * The meta object literal for the '<em><b>Authenticated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW_STATUS__AUTHENTICATED = eINSTANCE.getTokenReviewStatus_Authenticated();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKEN_REVIEW_STATUS__ERROR = eINSTANCE.getTokenReviewStatus_Error();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOKEN_REVIEW_STATUS__USER = eINSTANCE.getTokenReviewStatus_User();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.UserInfoImpl <em>User Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.UserInfoImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getUserInfo()
		 * @generated
		 */
		EClass USER_INFO = eINSTANCE.getUserInfo();

		/**
		 * The meta object literal for the '<em><b>Extra</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_INFO__EXTRA = eINSTANCE.getUserInfo_Extra();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_INFO__GROUPS = eINSTANCE.getUserInfo_Groups();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_INFO__UID = eINSTANCE.getUserInfo_Uid();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_INFO__USERNAME = eINSTANCE.getUserInfo_Username();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.authentication.v1.impl.StringListMapEntryImpl <em>String List Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.StringListMapEntryImpl
		 * @see io.pilothouse.model.k8s.authentication.v1.impl.AuthenticationV1PackageImpl#getStringListMapEntry()
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

} //AuthenticationV1Package
