/**
 */
package io.pilothouse.model.k8s.autoscaling.v1;

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
 * @see io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Factory
 * @generated
 */
public interface AutoscalingV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/autoscaling/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "autoscaling.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AutoscalingV1Package eINSTANCE = io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.CrossVersionObjectReferenceImpl <em>Cross Version Object Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.CrossVersionObjectReferenceImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getCrossVersionObjectReference()
	 * @generated
	 */
	int CROSS_VERSION_OBJECT_REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE__NAME = 2;

	/**
	 * The number of structural features of the '<em>Cross Version Object Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_VERSION_OBJECT_REFERENCE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl <em>Horizontal Pod Autoscaler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscaler()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerListImpl <em>Horizontal Pod Autoscaler List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerListImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscalerList()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl <em>Horizontal Pod Autoscaler Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Max Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS = 0;

	/**
	 * The feature id for the '<em><b>Min Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS = 1;

	/**
	 * The feature id for the '<em><b>Scale Target Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF = 2;

	/**
	 * The feature id for the '<em><b>Target CPU Utilization Percentage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE = 3;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerStatusImpl <em>Horizontal Pod Autoscaler Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS = 4;

	/**
	 * The feature id for the '<em><b>Current CPU Utilization Percentage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_CPU_UTILIZATION_PERCENTAGE = 0;

	/**
	 * The feature id for the '<em><b>Current Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS = 1;

	/**
	 * The feature id for the '<em><b>Desired Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS = 2;

	/**
	 * The feature id for the '<em><b>Last Scale Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME = 3;

	/**
	 * The feature id for the '<em><b>Observed Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION = 4;

	/**
	 * The number of structural features of the '<em>Horizontal Pod Autoscaler Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HORIZONTAL_POD_AUTOSCALER_STATUS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 5;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__SPEC = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleSpecImpl <em>Scale Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleSpecImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getScaleSpec()
	 * @generated
	 */
	int SCALE_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SPEC__REPLICAS = 0;

	/**
	 * The number of structural features of the '<em>Scale Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SPEC_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleStatusImpl <em>Scale Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleStatusImpl
	 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getScaleStatus()
	 * @generated
	 */
	int SCALE_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_STATUS__REPLICAS = 0;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_STATUS__SELECTOR = 1;

	/**
	 * The number of structural features of the '<em>Scale Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_STATUS_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference <em>Cross Version Object Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Version Object Reference</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference
	 * @generated
	 */
	EClass getCrossVersionObjectReference();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference#getApiVersion()
	 * @see #getCrossVersionObjectReference()
	 * @generated
	 */
	EAttribute getCrossVersionObjectReference_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference#getKind()
	 * @see #getCrossVersionObjectReference()
	 * @generated
	 */
	EAttribute getCrossVersionObjectReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.CrossVersionObjectReference#getName()
	 * @see #getCrossVersionObjectReference()
	 * @generated
	 */
	EAttribute getCrossVersionObjectReference_Name();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler <em>Horizontal Pod Autoscaler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler
	 * @generated
	 */
	EClass getHorizontalPodAutoscaler();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getApiVersion()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscaler_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getKind()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscaler_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getMetadata()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EReference getHorizontalPodAutoscaler_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getSpec()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EReference getHorizontalPodAutoscaler_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler#getStatus()
	 * @see #getHorizontalPodAutoscaler()
	 * @generated
	 */
	EReference getHorizontalPodAutoscaler_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList <em>Horizontal Pod Autoscaler List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler List</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getApiVersion()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getItems()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getKind()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerList#getMetadata()
	 * @see #getHorizontalPodAutoscalerList()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec <em>Horizontal Pod Autoscaler Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getMaxReplicas <em>Max Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getMaxReplicas()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerSpec_MaxReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getMinReplicas <em>Min Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getMinReplicas()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerSpec_MinReplicas();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getScaleTargetRef <em>Scale Target Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale Target Ref</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getScaleTargetRef()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EReference getHorizontalPodAutoscalerSpec_ScaleTargetRef();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getTargetCPUUtilizationPercentage <em>Target CPU Utilization Percentage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target CPU Utilization Percentage</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec#getTargetCPUUtilizationPercentage()
	 * @see #getHorizontalPodAutoscalerSpec()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerSpec_TargetCPUUtilizationPercentage();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus <em>Horizontal Pod Autoscaler Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Horizontal Pod Autoscaler Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus
	 * @generated
	 */
	EClass getHorizontalPodAutoscalerStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getCurrentCPUUtilizationPercentage <em>Current CPU Utilization Percentage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current CPU Utilization Percentage</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getCurrentCPUUtilizationPercentage()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_CurrentCPUUtilizationPercentage();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getCurrentReplicas <em>Current Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getCurrentReplicas()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_CurrentReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getDesiredReplicas <em>Desired Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getDesiredReplicas()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_DesiredReplicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getLastScaleTime <em>Last Scale Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Scale Time</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getLastScaleTime()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_LastScaleTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getObservedGeneration <em>Observed Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Generation</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus#getObservedGeneration()
	 * @see #getHorizontalPodAutoscalerStatus()
	 * @generated
	 */
	EAttribute getHorizontalPodAutoscalerStatus_ObservedGeneration();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.Scale#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.Scale#getApiVersion()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.Scale#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.Scale#getKind()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.Scale#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.Scale#getMetadata()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.Scale#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.Scale#getSpec()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Spec();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.autoscaling.v1.Scale#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.Scale#getStatus()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Status();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleSpec <em>Scale Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Spec</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.ScaleSpec
	 * @generated
	 */
	EClass getScaleSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleSpec#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.ScaleSpec#getReplicas()
	 * @see #getScaleSpec()
	 * @generated
	 */
	EAttribute getScaleSpec_Replicas();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus <em>Scale Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Status</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus
	 * @generated
	 */
	EClass getScaleStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getReplicas <em>Replicas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replicas</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getReplicas()
	 * @see #getScaleStatus()
	 * @generated
	 */
	EAttribute getScaleStatus_Replicas();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selector</em>'.
	 * @see io.pilothouse.model.k8s.autoscaling.v1.ScaleStatus#getSelector()
	 * @see #getScaleStatus()
	 * @generated
	 */
	EAttribute getScaleStatus_Selector();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AutoscalingV1Factory getAutoscalingV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.CrossVersionObjectReferenceImpl <em>Cross Version Object Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.CrossVersionObjectReferenceImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getCrossVersionObjectReference()
		 * @generated
		 */
		EClass CROSS_VERSION_OBJECT_REFERENCE = eINSTANCE.getCrossVersionObjectReference();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_VERSION_OBJECT_REFERENCE__API_VERSION = eINSTANCE.getCrossVersionObjectReference_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_VERSION_OBJECT_REFERENCE__KIND = eINSTANCE.getCrossVersionObjectReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_VERSION_OBJECT_REFERENCE__NAME = eINSTANCE.getCrossVersionObjectReference_Name();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl <em>Horizontal Pod Autoscaler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscaler()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER = eINSTANCE.getHorizontalPodAutoscaler();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER__API_VERSION = eINSTANCE.getHorizontalPodAutoscaler_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER__KIND = eINSTANCE.getHorizontalPodAutoscaler_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER__METADATA = eINSTANCE.getHorizontalPodAutoscaler_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER__SPEC = eINSTANCE.getHorizontalPodAutoscaler_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER__STATUS = eINSTANCE.getHorizontalPodAutoscaler_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerListImpl <em>Horizontal Pod Autoscaler List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerListImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscalerList()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_LIST = eINSTANCE.getHorizontalPodAutoscalerList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_LIST__API_VERSION = eINSTANCE.getHorizontalPodAutoscalerList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_LIST__ITEMS = eINSTANCE.getHorizontalPodAutoscalerList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_LIST__KIND = eINSTANCE.getHorizontalPodAutoscalerList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_LIST__METADATA = eINSTANCE.getHorizontalPodAutoscalerList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl <em>Horizontal Pod Autoscaler Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerSpecImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscalerSpec()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_SPEC = eINSTANCE.getHorizontalPodAutoscalerSpec();

		/**
		 * The meta object literal for the '<em><b>Max Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_SPEC__MAX_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerSpec_MaxReplicas();

		/**
		 * The meta object literal for the '<em><b>Min Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_SPEC__MIN_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerSpec_MinReplicas();

		/**
		 * The meta object literal for the '<em><b>Scale Target Ref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HORIZONTAL_POD_AUTOSCALER_SPEC__SCALE_TARGET_REF = eINSTANCE.getHorizontalPodAutoscalerSpec_ScaleTargetRef();

		/**
		 * The meta object literal for the '<em><b>Target CPU Utilization Percentage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_SPEC__TARGET_CPU_UTILIZATION_PERCENTAGE = eINSTANCE.getHorizontalPodAutoscalerSpec_TargetCPUUtilizationPercentage();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerStatusImpl <em>Horizontal Pod Autoscaler Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getHorizontalPodAutoscalerStatus()
		 * @generated
		 */
		EClass HORIZONTAL_POD_AUTOSCALER_STATUS = eINSTANCE.getHorizontalPodAutoscalerStatus();

		/**
		 * The meta object literal for the '<em><b>Current CPU Utilization Percentage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_CPU_UTILIZATION_PERCENTAGE = eINSTANCE.getHorizontalPodAutoscalerStatus_CurrentCPUUtilizationPercentage();

		/**
		 * The meta object literal for the '<em><b>Current Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__CURRENT_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerStatus_CurrentReplicas();

		/**
		 * The meta object literal for the '<em><b>Desired Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__DESIRED_REPLICAS = eINSTANCE.getHorizontalPodAutoscalerStatus_DesiredReplicas();

		/**
		 * The meta object literal for the '<em><b>Last Scale Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__LAST_SCALE_TIME = eINSTANCE.getHorizontalPodAutoscalerStatus_LastScaleTime();

		/**
		 * The meta object literal for the '<em><b>Observed Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HORIZONTAL_POD_AUTOSCALER_STATUS__OBSERVED_GENERATION = eINSTANCE.getHorizontalPodAutoscalerStatus_ObservedGeneration();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__API_VERSION = eINSTANCE.getScale_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__KIND = eINSTANCE.getScale_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__METADATA = eINSTANCE.getScale_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__SPEC = eINSTANCE.getScale_Spec();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__STATUS = eINSTANCE.getScale_Status();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleSpecImpl <em>Scale Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleSpecImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getScaleSpec()
		 * @generated
		 */
		EClass SCALE_SPEC = eINSTANCE.getScaleSpec();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_SPEC__REPLICAS = eINSTANCE.getScaleSpec_Replicas();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleStatusImpl <em>Scale Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.ScaleStatusImpl
		 * @see io.pilothouse.model.k8s.autoscaling.v1.impl.AutoscalingV1PackageImpl#getScaleStatus()
		 * @generated
		 */
		EClass SCALE_STATUS = eINSTANCE.getScaleStatus();

		/**
		 * The meta object literal for the '<em><b>Replicas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_STATUS__REPLICAS = eINSTANCE.getScaleStatus_Replicas();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_STATUS__SELECTOR = eINSTANCE.getScaleStatus_Selector();

	}

} //AutoscalingV1Package
