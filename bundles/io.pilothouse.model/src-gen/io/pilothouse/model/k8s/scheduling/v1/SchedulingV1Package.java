/**
 */
package io.pilothouse.model.k8s.scheduling.v1;

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
 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Factory
 * @generated
 */
public interface SchedulingV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/scheduling/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scheduling.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedulingV1Package eINSTANCE = io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl <em>Priority Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl#getPriorityClass()
	 * @generated
	 */
	int PRIORITY_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Global Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__GLOBAL_DEFAULT = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__KIND = 3;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__METADATA = 4;

	/**
	 * The feature id for the '<em><b>Preemption Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__PREEMPTION_POLICY = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS__VALUE = 6;

	/**
	 * The number of structural features of the '<em>Priority Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassListImpl <em>Priority Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassListImpl
	 * @see io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl#getPriorityClassList()
	 * @generated
	 */
	int PRIORITY_CLASS_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Priority Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_CLASS_LIST_FEATURE_COUNT = 4;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass <em>Priority Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Class</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass
	 * @generated
	 */
	EClass getPriorityClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getApiVersion()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EAttribute getPriorityClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getDescription()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EAttribute getPriorityClass_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getGlobalDefault <em>Global Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Global Default</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getGlobalDefault()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EAttribute getPriorityClass_GlobalDefault();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getKind()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EAttribute getPriorityClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getMetadata()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EReference getPriorityClass_Metadata();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getPreemptionPolicy <em>Preemption Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preemption Policy</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getPreemptionPolicy()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EAttribute getPriorityClass_PreemptionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getValue()
	 * @see #getPriorityClass()
	 * @generated
	 */
	EAttribute getPriorityClass_Value();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClassList <em>Priority Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Class List</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClassList
	 * @generated
	 */
	EClass getPriorityClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getApiVersion()
	 * @see #getPriorityClassList()
	 * @generated
	 */
	EAttribute getPriorityClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getItems()
	 * @see #getPriorityClassList()
	 * @generated
	 */
	EReference getPriorityClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getKind()
	 * @see #getPriorityClassList()
	 * @generated
	 */
	EAttribute getPriorityClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.scheduling.v1.PriorityClassList#getMetadata()
	 * @see #getPriorityClassList()
	 * @generated
	 */
	EReference getPriorityClassList_Metadata();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SchedulingV1Factory getSchedulingV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl <em>Priority Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl#getPriorityClass()
		 * @generated
		 */
		EClass PRIORITY_CLASS = eINSTANCE.getPriorityClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS__API_VERSION = eINSTANCE.getPriorityClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS__DESCRIPTION = eINSTANCE.getPriorityClass_Description();

		/**
		 * The meta object literal for the '<em><b>Global Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS__GLOBAL_DEFAULT = eINSTANCE.getPriorityClass_GlobalDefault();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS__KIND = eINSTANCE.getPriorityClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_CLASS__METADATA = eINSTANCE.getPriorityClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Preemption Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS__PREEMPTION_POLICY = eINSTANCE.getPriorityClass_PreemptionPolicy();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS__VALUE = eINSTANCE.getPriorityClass_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassListImpl <em>Priority Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassListImpl
		 * @see io.pilothouse.model.k8s.scheduling.v1.impl.SchedulingV1PackageImpl#getPriorityClassList()
		 * @generated
		 */
		EClass PRIORITY_CLASS_LIST = eINSTANCE.getPriorityClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS_LIST__API_VERSION = eINSTANCE.getPriorityClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_CLASS_LIST__ITEMS = eINSTANCE.getPriorityClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_CLASS_LIST__KIND = eINSTANCE.getPriorityClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_CLASS_LIST__METADATA = eINSTANCE.getPriorityClassList_Metadata();

	}

} //SchedulingV1Package
