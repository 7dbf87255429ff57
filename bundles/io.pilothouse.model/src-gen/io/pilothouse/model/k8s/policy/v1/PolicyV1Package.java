/**
 */
package io.pilothouse.model.k8s.policy.v1;

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
 * @see io.pilothouse.model.k8s.policy.v1.PolicyV1Factory
 * @generated
 */
public interface PolicyV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/policy/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "policy.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PolicyV1Package eINSTANCE = io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.policy.v1.impl.EvictionImpl <em>Eviction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.policy.v1.impl.EvictionImpl
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getEviction()
	 * @generated
	 */
	int EVICTION = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVICTION__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Delete Options</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVICTION__DELETE_OPTIONS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVICTION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVICTION__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Eviction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVICTION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetImpl <em>Pod Disruption Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetImpl
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudget()
	 * @generated
	 */
	int POD_DISRUPTION_BUDGET = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Pod Disruption Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetListImpl <em>Pod Disruption Budget List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetListImpl
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudgetList()
	 * @generated
	 */
	int POD_DISRUPTION_BUDGET_LIST = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Pod Disruption Budget List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl <em>Pod Disruption Budget Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudgetSpec()
	 * @generated
	 */
	int POD_DISRUPTION_BUDGET_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Max Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE = 0;

	/**
	 * The feature id for the '<em><b>Min Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE = 1;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_SPEC__SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Unhealthy Pod Eviction Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY = 3;

	/**
	 * The number of structural features of the '<em>Pod Disruption Budget Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl <em>Pod Disruption Budget Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudgetStatus()
	 * @generated
	 */
	int POD_DISRUPTION_BUDGET_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__CONDITIONS = 0;

	/**
	 * The feature id for the '<em><b>Current Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY = 1;

	/**
	 * The feature id for the '<em><b>Desired Healthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY = 2;

	/**
	 * The feature id for the '<em><b>Disrupted Pods</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS = 3;

	/**
	 * The feature id for the '<em><b>Disruptions Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED = 4;

	/**
	 * The feature id for the '<em><b>Expected Pods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS = 5;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION = 6;

	/**
	 * The number of structural features of the '<em>Pod Disruption Budget Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POD_DISRUPTION_BUDGET_STATUS_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.policy.v1.impl.TimeMapEntryImpl <em>Time Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.policy.v1.impl.TimeMapEntryImpl
	 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getTimeMapEntry()
	 * @generated
	 */
	int TIME_MAP_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Time Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.policy.v1.Eviction <em>Eviction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eviction</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.Eviction
	 * @generated
	 */
	EClass getEviction();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.Eviction#getApiVersion()
	 * @see #getEviction()
	 * @generated
	 */
	EAttribute getEviction_ApiVersion();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getDeleteOptions <em>Delete Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Delete Options</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.Eviction#getDeleteOptions()
	 * @see #getEviction()
	 * @generated
	 */
	EReference getEviction_DeleteOptions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.Eviction#getKind()
	 * @see #getEviction()
	 * @generated
	 */
	EAttribute getEviction_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.Eviction#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.Eviction#getMetadata()
	 * @see #getEviction()
	 * @generated
	 */
	EReference getEviction_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget <em>Pod Disruption Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Disruption Budget</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget
	 * @generated
	 */
	EClass getPodDisruptionBudget();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getApiVersion()
	 * @see #getPodDisruptionBudget()
	 * @generated
	 */
	EAttribute getPodDisruptionBudget_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getKind()
	 * @see #getPodDisruptionBudget()
	 * @generated
	 */
	EAttribute getPodDisruptionBudget_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getMetadata()
	 * @see #getPodDisruptionBudget()
	 * @generated
	 */
	EReference getPodDisruptionBudget_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getSpec()
	 * @see #getPodDisruptionBudget()
	 * @generated
	 */
	EReference getPodDisruptionBudget_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget#getStatus()
	 * @see #getPodDisruptionBudget()
	 * @generated
	 */
	EReference getPodDisruptionBudget_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList <em>Pod Disruption Budget List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Disruption Budget List</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList
	 * @generated
	 */
	EClass getPodDisruptionBudgetList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getApiVersion()
	 * @see #getPodDisruptionBudgetList()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getItems()
	 * @see #getPodDisruptionBudgetList()
	 * @generated
	 */
	EReference getPodDisruptionBudgetList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getKind()
	 * @see #getPodDisruptionBudgetList()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetList#getMetadata()
	 * @see #getPodDisruptionBudgetList()
	 * @generated
	 */
	EReference getPodDisruptionBudgetList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec <em>Pod Disruption Budget Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Disruption Budget Spec</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec
	 * @generated
	 */
	EClass getPodDisruptionBudgetSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMaxUnavailable <em>Max Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Unavailable</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMaxUnavailable()
	 * @see #getPodDisruptionBudgetSpec()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetSpec_MaxUnavailable();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMinAvailable <em>Min Available</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Available</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getMinAvailable()
	 * @see #getPodDisruptionBudgetSpec()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetSpec_MinAvailable();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getSelector()
	 * @see #getPodDisruptionBudgetSpec()
	 * @generated
	 */
	EReference getPodDisruptionBudgetSpec_Selector();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getUnhealthyPodEvictionPolicy <em>Unhealthy Pod Eviction Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unhealthy Pod Eviction Policy</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec#getUnhealthyPodEvictionPolicy()
	 * @see #getPodDisruptionBudgetSpec()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetSpec_UnhealthyPodEvictionPolicy();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus <em>Pod Disruption Budget Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pod Disruption Budget Status</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus
	 * @generated
	 */
	EClass getPodDisruptionBudgetStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getConditions()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EReference getPodDisruptionBudgetStatus_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getCurrentHealthy <em>Current Healthy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Healthy</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getCurrentHealthy()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetStatus_CurrentHealthy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDesiredHealthy <em>Desired Healthy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Healthy</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDesiredHealthy()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetStatus_DesiredHealthy();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptedPods <em>Disrupted Pods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Disrupted Pods</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptedPods()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EReference getPodDisruptionBudgetStatus_DisruptedPods();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptionsAllowed <em>Disruptions Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disruptions Allowed</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getDisruptionsAllowed()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetStatus_DisruptionsAllowed();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getExpectedPods <em>Expected Pods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Pods</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getExpectedPods()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetStatus_ExpectedPods();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetStatus#getObservedGeneration()
	 * @see #getPodDisruptionBudgetStatus()
	 * @generated
	 */
	EAttribute getPodDisruptionBudgetStatus_ObservedGeneration();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Time Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getTimeMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getTimeMapEntry()
	 * @generated
	 */
	EAttribute getTimeMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getTimeMapEntry()
	 * @generated
	 */
	EAttribute getTimeMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PolicyV1Factory getPolicyV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.policy.v1.impl.EvictionImpl <em>Eviction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.policy.v1.impl.EvictionImpl
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getEviction()
		 * @generated
		 */
		EClass EVICTION = eINSTANCE.getEviction();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVICTION__API_VERSION = eINSTANCE.getEviction_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Delete Options</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVICTION__DELETE_OPTIONS = eINSTANCE.getEviction_DeleteOptions();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVICTION__KIND = eINSTANCE.getEviction_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVICTION__METADATA = eINSTANCE.getEviction_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetImpl <em>Pod Disruption Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetImpl
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudget()
		 * @generated
		 */
		EClass POD_DISRUPTION_BUDGET = eINSTANCE.getPodDisruptionBudget();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET__API_VERSION = eINSTANCE.getPodDisruptionBudget_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET__KIND = eINSTANCE.getPodDisruptionBudget_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET__METADATA = eINSTANCE.getPodDisruptionBudget_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET__SPEC = eINSTANCE.getPodDisruptionBudget_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET__STATUS = eINSTANCE.getPodDisruptionBudget_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetListImpl <em>Pod Disruption Budget List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetListImpl
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudgetList()
		 * @generated
		 */
		EClass POD_DISRUPTION_BUDGET_LIST = eINSTANCE.getPodDisruptionBudgetList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_LIST__API_VERSION = eINSTANCE.getPodDisruptionBudgetList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET_LIST__ITEMS = eINSTANCE.getPodDisruptionBudgetList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_LIST__KIND = eINSTANCE.getPodDisruptionBudgetList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET_LIST__METADATA = eINSTANCE.getPodDisruptionBudgetList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl <em>Pod Disruption Budget Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetSpecImpl
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudgetSpec()
		 * @generated
		 */
		EClass POD_DISRUPTION_BUDGET_SPEC = eINSTANCE.getPodDisruptionBudgetSpec();

		/**
		 * The meta object literal for the '<em><b>Max Unavailable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE = eINSTANCE.getPodDisruptionBudgetSpec_MaxUnavailable();

		/**
		 * The meta object literal for the '<em><b>Min Available</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE = eINSTANCE.getPodDisruptionBudgetSpec_MinAvailable();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET_SPEC__SELECTOR = eINSTANCE.getPodDisruptionBudgetSpec_Selector();

		/**
		 * The meta object literal for the '<em><b>Unhealthy Pod Eviction Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_SPEC__UNHEALTHY_POD_EVICTION_POLICY = eINSTANCE.getPodDisruptionBudgetSpec_UnhealthyPodEvictionPolicy();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl <em>Pod Disruption Budget Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PodDisruptionBudgetStatusImpl
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getPodDisruptionBudgetStatus()
		 * @generated
		 */
		EClass POD_DISRUPTION_BUDGET_STATUS = eINSTANCE.getPodDisruptionBudgetStatus();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET_STATUS__CONDITIONS = eINSTANCE.getPodDisruptionBudgetStatus_Conditions();

		/**
		 * The meta object literal for the '<em><b>Current Healthy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_STATUS__CURRENT_HEALTHY = eINSTANCE.getPodDisruptionBudgetStatus_CurrentHealthy();

		/**
		 * The meta object literal for the '<em><b>Desired Healthy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_STATUS__DESIRED_HEALTHY = eINSTANCE.getPodDisruptionBudgetStatus_DesiredHealthy();

		/**
		 * The meta object literal for the '<em><b>Disrupted Pods</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POD_DISRUPTION_BUDGET_STATUS__DISRUPTED_PODS = eINSTANCE.getPodDisruptionBudgetStatus_DisruptedPods();

		/**
		 * The meta object literal for the '<em><b>Disruptions Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_STATUS__DISRUPTIONS_ALLOWED = eINSTANCE.getPodDisruptionBudgetStatus_DisruptionsAllowed();

		/**
		 * The meta object literal for the '<em><b>Expected Pods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_STATUS__EXPECTED_PODS = eINSTANCE.getPodDisruptionBudgetStatus_ExpectedPods();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POD_DISRUPTION_BUDGET_STATUS__OBSERVED_GENERATION = eINSTANCE.getPodDisruptionBudgetStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.policy.v1.impl.TimeMapEntryImpl <em>Time Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.policy.v1.impl.TimeMapEntryImpl
		 * @see io.pilothouse.model.k8s.policy.v1.impl.PolicyV1PackageImpl#getTimeMapEntry()
		 * @generated
		 */
		EClass TIME_MAP_ENTRY = eINSTANCE.getTimeMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_MAP_ENTRY__KEY = eINSTANCE.getTimeMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_MAP_ENTRY__VALUE = eINSTANCE.getTimeMapEntry_Value();

	}

} //PolicyV1Package
