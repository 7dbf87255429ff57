/**
 */
package io.pilothouse.model.k8s.node.v1;

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
 * @see io.pilothouse.model.k8s.node.v1.NodeV1Factory
 * @generated
 */
public interface NodeV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/node/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "node.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NodeV1Package eINSTANCE = io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.node.v1.impl.OverheadImpl <em>Overhead</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.node.v1.impl.OverheadImpl
	 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getOverhead()
	 * @generated
	 */
	int OVERHEAD = 0;

	/**
	 * The feature id for the '<em><b>Pod Fixed</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERHEAD__POD_FIXED = 0;

	/**
	 * The number of structural features of the '<em>Overhead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERHEAD_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl <em>Runtime Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl
	 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getRuntimeClass()
	 * @generated
	 */
	int RUNTIME_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Handler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS__HANDLER = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS__METADATA = 3;

	/**
	 * The feature id for the '<em><b>Overhead</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS__OVERHEAD = 4;

	/**
	 * The feature id for the '<em><b>Scheduling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS__SCHEDULING = 5;

	/**
	 * The number of structural features of the '<em>Runtime Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassListImpl <em>Runtime Class List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.node.v1.impl.RuntimeClassListImpl
	 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getRuntimeClassList()
	 * @generated
	 */
	int RUNTIME_CLASS_LIST = 2;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Runtime Class List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUNTIME_CLASS_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.node.v1.impl.SchedulingImpl <em>Scheduling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.node.v1.impl.SchedulingImpl
	 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getScheduling()
	 * @generated
	 */
	int SCHEDULING = 3;

	/**
	 * The feature id for the '<em><b>Node Selector</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULING__NODE_SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Tolerations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULING__TOLERATIONS = 1;

	/**
	 * The number of structural features of the '<em>Scheduling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULING_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.node.v1.impl.QuantityMapEntryImpl <em>Quantity Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.node.v1.impl.QuantityMapEntryImpl
	 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getQuantityMapEntry()
	 * @generated
	 */
	int QUANTITY_MAP_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Quantity Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.node.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.node.v1.impl.StringMapEntryImpl
	 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getStringMapEntry()
	 * @generated
	 */
	int STRING_MAP_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_MAP_ENTRY_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.node.v1.Overhead <em>Overhead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overhead</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.Overhead
	 * @generated
	 */
	EClass getOverhead();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.node.v1.Overhead#getPodFixed <em>Pod Fixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Pod Fixed</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.Overhead#getPodFixed()
	 * @see #getOverhead()
	 * @generated
	 */
	EReference getOverhead_PodFixed();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass <em>Runtime Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Runtime Class</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass
	 * @generated
	 */
	EClass getRuntimeClass();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass#getApiVersion()
	 * @see #getRuntimeClass()
	 * @generated
	 */
	EAttribute getRuntimeClass_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getHandler <em>Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handler</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass#getHandler()
	 * @see #getRuntimeClass()
	 * @generated
	 */
	EAttribute getRuntimeClass_Handler();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass#getKind()
	 * @see #getRuntimeClass()
	 * @generated
	 */
	EAttribute getRuntimeClass_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass#getMetadata()
	 * @see #getRuntimeClass()
	 * @generated
	 */
	EReference getRuntimeClass_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getOverhead <em>Overhead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Overhead</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass#getOverhead()
	 * @see #getRuntimeClass()
	 * @generated
	 */
	EReference getRuntimeClass_Overhead();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getScheduling <em>Scheduling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheduling</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClass#getScheduling()
	 * @see #getRuntimeClass()
	 * @generated
	 */
	EReference getRuntimeClass_Scheduling();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.node.v1.RuntimeClassList <em>Runtime Class List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Runtime Class List</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClassList
	 * @generated
	 */
	EClass getRuntimeClassList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.node.v1.RuntimeClassList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClassList#getApiVersion()
	 * @see #getRuntimeClassList()
	 * @generated
	 */
	EAttribute getRuntimeClassList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.node.v1.RuntimeClassList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClassList#getItems()
	 * @see #getRuntimeClassList()
	 * @generated
	 */
	EReference getRuntimeClassList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.node.v1.RuntimeClassList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClassList#getKind()
	 * @see #getRuntimeClassList()
	 * @generated
	 */
	EAttribute getRuntimeClassList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.node.v1.RuntimeClassList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.RuntimeClassList#getMetadata()
	 * @see #getRuntimeClassList()
	 * @generated
	 */
	EReference getRuntimeClassList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.node.v1.Scheduling <em>Scheduling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduling</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.Scheduling
	 * @generated
	 */
	EClass getScheduling();

	/**
	 * Returns the meta object for the map '{@link io.pilothouse.model.k8s.node.v1.Scheduling#getNodeSelector <em>Node Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Node Selector</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.Scheduling#getNodeSelector()
	 * @see #getScheduling()
	 * @generated
	 */
	EReference getScheduling_NodeSelector();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.node.v1.Scheduling#getTolerations <em>Tolerations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tolerations</em>'.
	 * @see io.pilothouse.model.k8s.node.v1.Scheduling#getTolerations()
	 * @see #getScheduling()
	 * @generated
	 */
	EReference getScheduling_Tolerations();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Quantity Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getQuantityMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getQuantityMapEntry()
	 * @generated
	 */
	EAttribute getQuantityMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getQuantityMapEntry()
	 * @generated
	 */
	EAttribute getQuantityMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	EClass getStringMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringMapEntry()
	 * @generated
	 */
	EAttribute getStringMapEntry_Value();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NodeV1Factory getNodeV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.node.v1.impl.OverheadImpl <em>Overhead</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.node.v1.impl.OverheadImpl
		 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getOverhead()
		 * @generated
		 */
		EClass OVERHEAD = eINSTANCE.getOverhead();

		/**
		 * The meta object literal for the '<em><b>Pod Fixed</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERHEAD__POD_FIXED = eINSTANCE.getOverhead_PodFixed();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl <em>Runtime Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl
		 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getRuntimeClass()
		 * @generated
		 */
		EClass RUNTIME_CLASS = eINSTANCE.getRuntimeClass();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_CLASS__API_VERSION = eINSTANCE.getRuntimeClass_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Handler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_CLASS__HANDLER = eINSTANCE.getRuntimeClass_Handler();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_CLASS__KIND = eINSTANCE.getRuntimeClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUNTIME_CLASS__METADATA = eINSTANCE.getRuntimeClass_Metadata();

		/**
		 * The meta object literal for the '<em><b>Overhead</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUNTIME_CLASS__OVERHEAD = eINSTANCE.getRuntimeClass_Overhead();

		/**
		 * The meta object literal for the '<em><b>Scheduling</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUNTIME_CLASS__SCHEDULING = eINSTANCE.getRuntimeClass_Scheduling();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassListImpl <em>Runtime Class List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.node.v1.impl.RuntimeClassListImpl
		 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getRuntimeClassList()
		 * @generated
		 */
		EClass RUNTIME_CLASS_LIST = eINSTANCE.getRuntimeClassList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_CLASS_LIST__API_VERSION = eINSTANCE.getRuntimeClassList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUNTIME_CLASS_LIST__ITEMS = eINSTANCE.getRuntimeClassList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUNTIME_CLASS_LIST__KIND = eINSTANCE.getRuntimeClassList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUNTIME_CLASS_LIST__METADATA = eINSTANCE.getRuntimeClassList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.node.v1.impl.SchedulingImpl <em>Scheduling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.node.v1.impl.SchedulingImpl
		 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getScheduling()
		 * @generated
		 */
		EClass SCHEDULING = eINSTANCE.getScheduling();

		/**
		 * The meta object literal for the '<em><b>Node Selector</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULING__NODE_SELECTOR = eINSTANCE.getScheduling_NodeSelector();

		/**
		 * The meta object literal for the '<em><b>Tolerations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULING__TOLERATIONS = eINSTANCE.getScheduling_Tolerations();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.node.v1.impl.QuantityMapEntryImpl <em>Quantity Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.node.v1.impl.QuantityMapEntryImpl
		 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getQuantityMapEntry()
		 * @generated
		 */
		EClass QUANTITY_MAP_ENTRY = eINSTANCE.getQuantityMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_MAP_ENTRY__KEY = eINSTANCE.getQuantityMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_MAP_ENTRY__VALUE = eINSTANCE.getQuantityMapEntry_Value();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.node.v1.impl.StringMapEntryImpl <em>String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.node.v1.impl.StringMapEntryImpl
		 * @see io.pilothouse.model.k8s.node.v1.impl.NodeV1PackageImpl#getStringMapEntry()
		 * @generated
		 */
		EClass STRING_MAP_ENTRY = eINSTANCE.getStringMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__KEY = eINSTANCE.getStringMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_MAP_ENTRY__VALUE = eINSTANCE.getStringMapEntry_Value();

	}

} //NodeV1Package
