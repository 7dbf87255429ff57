/**
 */
package io.pilothouse.model.k8s.apiregistration.v1;

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
 * @see io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Factory
 * @generated
 */
public interface ApiregistrationV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/apiregistration/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "apiregistration.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApiregistrationV1Package eINSTANCE = io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceImpl <em>API Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceImpl
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIService()
	 * @generated
	 */
	int API_SERVICE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>API Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceConditionImpl <em>API Service Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceConditionImpl
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceCondition()
	 * @generated
	 */
	int API_SERVICE_CONDITION = 1;

	/**
	 * The feature id for the '<em><b>Last Transition Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_CONDITION__LAST_TRANSITION_TIME = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_CONDITION__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_CONDITION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_CONDITION__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_CONDITION__TYPE = 4;

	/**
	 * The number of structural features of the '<em>API Service Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_CONDITION_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceListImpl <em>API Service List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceListImpl
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceList()
	 * @generated
	 */
	int API_SERVICE_LIST = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>API Service List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl <em>API Service Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceSpec()
	 * @generated
	 */
	int API_SERVICE_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Ca Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__CA_BUNDLE = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Group Priority Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM = 2;

	/**
	 * The feature id for the '<em><b>Insecure Skip TLS Verify</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY = 3;

	/**
	 * The feature id for the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__SERVICE = 4;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__VERSION = 5;

	/**
	 * The feature id for the '<em><b>Version Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC__VERSION_PRIORITY = 6;

	/**
	 * The number of structural features of the '<em>API Service Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_SPEC_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceStatusImpl <em>API Service Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceStatusImpl
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceStatus()
	 * @generated
	 */
	int API_SERVICE_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_STATUS__CONDITIONS = 0;

	/**
	 * The number of structural features of the '<em>API Service Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_SERVICE_STATUS_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.ServiceReferenceImpl <em>Service Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ServiceReferenceImpl
	 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getServiceReference()
	 * @generated
	 */
	int SERVICE_REFERENCE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__NAMESPACE = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE__PORT = 2;

	/**
	 * The number of structural features of the '<em>Service Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REFERENCE_FEATURE_COUNT = 3;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiregistration.v1.APIService <em>API Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Service</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIService
	 * @generated
	 */
	EClass getAPIService();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIService#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIService#getApiVersion()
	 * @see #getAPIService()
	 * @generated
	 */
	EAttribute getAPIService_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIService#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIService#getKind()
	 * @see #getAPIService()
	 * @generated
	 */
	EAttribute getAPIService_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiregistration.v1.APIService#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIService#getMetadata()
	 * @see #getAPIService()
	 * @generated
	 */
	EReference getAPIService_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiregistration.v1.APIService#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIService#getSpec()
	 * @see #getAPIService()
	 * @generated
	 */
	EReference getAPIService_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiregistration.v1.APIService#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIService#getStatus()
	 * @see #getAPIService()
	 * @generated
	 */
	EReference getAPIService_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition <em>API Service Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Service Condition</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition
	 * @generated
	 */
	EClass getAPIServiceCondition();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getLastTransitionTime <em>Last Transition Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Transition Time</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getLastTransitionTime()
	 * @see #getAPIServiceCondition()
	 * @generated
	 */
	EAttribute getAPIServiceCondition_LastTransitionTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getMessage()
	 * @see #getAPIServiceCondition()
	 * @generated
	 */
	EAttribute getAPIServiceCondition_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getReason()
	 * @see #getAPIServiceCondition()
	 * @generated
	 */
	EAttribute getAPIServiceCondition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getStatus()
	 * @see #getAPIServiceCondition()
	 * @generated
	 */
	EAttribute getAPIServiceCondition_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceCondition#getType()
	 * @see #getAPIServiceCondition()
	 * @generated
	 */
	EAttribute getAPIServiceCondition_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceList <em>API Service List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Service List</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceList
	 * @generated
	 */
	EClass getAPIServiceList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getApiVersion()
	 * @see #getAPIServiceList()
	 * @generated
	 */
	EAttribute getAPIServiceList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getItems()
	 * @see #getAPIServiceList()
	 * @generated
	 */
	EReference getAPIServiceList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getKind()
	 * @see #getAPIServiceList()
	 * @generated
	 */
	EAttribute getAPIServiceList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceList#getMetadata()
	 * @see #getAPIServiceList()
	 * @generated
	 */
	EReference getAPIServiceList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec <em>API Service Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Service Spec</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec
	 * @generated
	 */
	EClass getAPIServiceSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getCaBundle <em>Ca Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ca Bundle</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getCaBundle()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EAttribute getAPIServiceSpec_CaBundle();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroup()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EAttribute getAPIServiceSpec_Group();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroupPriorityMinimum <em>Group Priority Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Priority Minimum</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getGroupPriorityMinimum()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EAttribute getAPIServiceSpec_GroupPriorityMinimum();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getInsecureSkipTLSVerify <em>Insecure Skip TLS Verify</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insecure Skip TLS Verify</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getInsecureSkipTLSVerify()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EAttribute getAPIServiceSpec_InsecureSkipTLSVerify();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getService()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EReference getAPIServiceSpec_Service();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersion()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EAttribute getAPIServiceSpec_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersionPriority <em>Version Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Priority</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec#getVersionPriority()
	 * @see #getAPIServiceSpec()
	 * @generated
	 */
	EAttribute getAPIServiceSpec_VersionPriority();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceStatus <em>API Service Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>API Service Status</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceStatus
	 * @generated
	 */
	EClass getAPIServiceStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.apiregistration.v1.APIServiceStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.APIServiceStatus#getConditions()
	 * @see #getAPIServiceStatus()
	 * @generated
	 */
	EReference getAPIServiceStatus_Conditions();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.apiregistration.v1.ServiceReference <em>Service Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Reference</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ServiceReference
	 * @generated
	 */
	EClass getServiceReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.ServiceReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ServiceReference#getName()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.ServiceReference#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ServiceReference#getNamespace()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.apiregistration.v1.ServiceReference#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.pilothouse.model.k8s.apiregistration.v1.ServiceReference#getPort()
	 * @see #getServiceReference()
	 * @generated
	 */
	EAttribute getServiceReference_Port();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ApiregistrationV1Factory getApiregistrationV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceImpl <em>API Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceImpl
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIService()
		 * @generated
		 */
		EClass API_SERVICE = eINSTANCE.getAPIService();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE__API_VERSION = eINSTANCE.getAPIService_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE__KIND = eINSTANCE.getAPIService_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE__METADATA = eINSTANCE.getAPIService_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE__SPEC = eINSTANCE.getAPIService_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE__STATUS = eINSTANCE.getAPIService_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceConditionImpl <em>API Service Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceConditionImpl
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceCondition()
		 * @generated
		 */
		EClass API_SERVICE_CONDITION = eINSTANCE.getAPIServiceCondition();

		/**
		 * The meta object literal for the '<em><b>Last Transition Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_CONDITION__LAST_TRANSITION_TIME = eINSTANCE.getAPIServiceCondition_LastTransitionTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_CONDITION__MESSAGE = eINSTANCE.getAPIServiceCondition_Message();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_CONDITION__REASON = eINSTANCE.getAPIServiceCondition_Reason();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_CONDITION__STATUS = eINSTANCE.getAPIServiceCondition_Status();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_CONDITION__TYPE = eINSTANCE.getAPIServiceCondition_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceListImpl <em>API Service List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceListImpl
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceList()
		 * @generated
		 */
		EClass API_SERVICE_LIST = eINSTANCE.getAPIServiceList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_LIST__API_VERSION = eINSTANCE.getAPIServiceList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE_LIST__ITEMS = eINSTANCE.getAPIServiceList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_LIST__KIND = eINSTANCE.getAPIServiceList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE_LIST__METADATA = eINSTANCE.getAPIServiceList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl <em>API Service Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceSpec()
		 * @generated
		 */
		EClass API_SERVICE_SPEC = eINSTANCE.getAPIServiceSpec();

		/**
		 * The meta object literal for the '<em><b>Ca Bundle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_SPEC__CA_BUNDLE = eINSTANCE.getAPIServiceSpec_CaBundle();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_SPEC__GROUP = eINSTANCE.getAPIServiceSpec_Group();

		/**
		 * The meta object literal for the '<em><b>Group Priority Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM = eINSTANCE.getAPIServiceSpec_GroupPriorityMinimum();

		/**
		 * The meta object literal for the '<em><b>Insecure Skip TLS Verify</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY = eINSTANCE.getAPIServiceSpec_InsecureSkipTLSVerify();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE_SPEC__SERVICE = eINSTANCE.getAPIServiceSpec_Service();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_SPEC__VERSION = eINSTANCE.getAPIServiceSpec_Version();

		/**
		 * The meta object literal for the '<em><b>Version Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_SERVICE_SPEC__VERSION_PRIORITY = eINSTANCE.getAPIServiceSpec_VersionPriority();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceStatusImpl <em>API Service Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceStatusImpl
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getAPIServiceStatus()
		 * @generated
		 */
		EClass API_SERVICE_STATUS = eINSTANCE.getAPIServiceStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_SERVICE_STATUS__CONDITIONS = eINSTANCE.getAPIServiceStatus_Conditions();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.apiregistration.v1.impl.ServiceReferenceImpl <em>Service Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ServiceReferenceImpl
		 * @see io.pilothouse.model.k8s.apiregistration.v1.impl.ApiregistrationV1PackageImpl#getServiceReference()
		 * @generated
		 */
		EClass SERVICE_REFERENCE = eINSTANCE.getServiceReference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__NAME = eINSTANCE.getServiceReference_Name();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__NAMESPACE = eINSTANCE.getServiceReference_Namespace();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REFERENCE__PORT = eINSTANCE.getServiceReference_Port();

	}

} //ApiregistrationV1Package
