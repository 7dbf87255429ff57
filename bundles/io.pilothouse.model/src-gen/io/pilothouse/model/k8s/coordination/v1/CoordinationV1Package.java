/**
 */
package io.pilothouse.model.k8s.coordination.v1;

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
 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Factory
 * @generated
 */
public interface CoordinationV1Package extends EPackage {
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
	String eNS_URI = "https://pilothouse.io/model/k8s/coordination/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "coordination.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoordinationV1Package eINSTANCE = io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseImpl <em>Lease</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.coordination.v1.impl.LeaseImpl
	 * @see io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl#getLease()
	 * @generated
	 */
	int LEASE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Lease</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseListImpl <em>Lease List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.coordination.v1.impl.LeaseListImpl
	 * @see io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl#getLeaseList()
	 * @generated
	 */
	int LEASE_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Lease List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl <em>Lease Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl
	 * @see io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl#getLeaseSpec()
	 * @generated
	 */
	int LEASE_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Acquire Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__ACQUIRE_TIME = 0;

	/**
	 * The feature id for the '<em><b>Holder Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__HOLDER_IDENTITY = 1;

	/**
	 * The feature id for the '<em><b>Lease Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__LEASE_DURATION_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Lease Transitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__LEASE_TRANSITIONS = 3;

	/**
	 * The feature id for the '<em><b>Preferred Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__PREFERRED_HOLDER = 4;

	/**
	 * The feature id for the '<em><b>Renew Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__RENEW_TIME = 5;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC__STRATEGY = 6;

	/**
	 * The number of structural features of the '<em>Lease Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_SPEC_FEATURE_COUNT = 7;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.coordination.v1.Lease <em>Lease</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.Lease
	 * @generated
	 */
	EClass getLease();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.Lease#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.Lease#getApiVersion()
	 * @see #getLease()
	 * @generated
	 */
	EAttribute getLease_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.Lease#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.Lease#getKind()
	 * @see #getLease()
	 * @generated
	 */
	EAttribute getLease_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.coordination.v1.Lease#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.Lease#getMetadata()
	 * @see #getLease()
	 * @generated
	 */
	EReference getLease_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.coordination.v1.Lease#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.Lease#getSpec()
	 * @see #getLease()
	 * @generated
	 */
	EReference getLease_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.coordination.v1.LeaseList <em>Lease List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease List</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseList
	 * @generated
	 */
	EClass getLeaseList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseList#getApiVersion()
	 * @see #getLeaseList()
	 * @generated
	 */
	EAttribute getLeaseList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.coordination.v1.LeaseList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseList#getItems()
	 * @see #getLeaseList()
	 * @generated
	 */
	EReference getLeaseList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseList#getKind()
	 * @see #getLeaseList()
	 * @generated
	 */
	EAttribute getLeaseList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.coordination.v1.LeaseList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseList#getMetadata()
	 * @see #getLeaseList()
	 * @generated
	 */
	EReference getLeaseList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec <em>Lease Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease Spec</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec
	 * @generated
	 */
	EClass getLeaseSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getAcquireTime <em>Acquire Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acquire Time</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getAcquireTime()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_AcquireTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getHolderIdentity <em>Holder Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holder Identity</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getHolderIdentity()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_HolderIdentity();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseDurationSeconds <em>Lease Duration Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lease Duration Seconds</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseDurationSeconds()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_LeaseDurationSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseTransitions <em>Lease Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lease Transitions</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseTransitions()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_LeaseTransitions();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getPreferredHolder <em>Preferred Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Holder</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getPreferredHolder()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_PreferredHolder();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getRenewTime <em>Renew Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renew Time</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getRenewTime()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_RenewTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getStrategy()
	 * @see #getLeaseSpec()
	 * @generated
	 */
	EAttribute getLeaseSpec_Strategy();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoordinationV1Factory getCoordinationV1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseImpl <em>Lease</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.coordination.v1.impl.LeaseImpl
		 * @see io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl#getLease()
		 * @generated
		 */
		EClass LEASE = eINSTANCE.getLease();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE__API_VERSION = eINSTANCE.getLease_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE__KIND = eINSTANCE.getLease_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE__METADATA = eINSTANCE.getLease_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE__SPEC = eINSTANCE.getLease_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseListImpl <em>Lease List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.coordination.v1.impl.LeaseListImpl
		 * @see io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl#getLeaseList()
		 * @generated
		 */
		EClass LEASE_LIST = eINSTANCE.getLeaseList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_LIST__API_VERSION = eINSTANCE.getLeaseList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE_LIST__ITEMS = eINSTANCE.getLeaseList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_LIST__KIND = eINSTANCE.getLeaseList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE_LIST__METADATA = eINSTANCE.getLeaseList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl <em>Lease Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.coordination.v1.impl.LeaseSpecImpl
		 * @see io.pilothouse.model.k8s.coordination.v1.impl.CoordinationV1PackageImpl#getLeaseSpec()
		 * @generated
		 */
		EClass LEASE_SPEC = eINSTANCE.getLeaseSpec();

		/**
		 * The meta object literal for the '<em><b>Acquire Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__ACQUIRE_TIME = eINSTANCE.getLeaseSpec_AcquireTime();

		/**
		 * The meta object literal for the '<em><b>Holder Identity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__HOLDER_IDENTITY = eINSTANCE.getLeaseSpec_HolderIdentity();

		/**
		 * The meta object literal for the '<em><b>Lease Duration Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__LEASE_DURATION_SECONDS = eINSTANCE.getLeaseSpec_LeaseDurationSeconds();

		/**
		 * The meta object literal for the '<em><b>Lease Transitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__LEASE_TRANSITIONS = eINSTANCE.getLeaseSpec_LeaseTransitions();

		/**
		 * The meta object literal for the '<em><b>Preferred Holder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__PREFERRED_HOLDER = eINSTANCE.getLeaseSpec_PreferredHolder();

		/**
		 * The meta object literal for the '<em><b>Renew Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__RENEW_TIME = eINSTANCE.getLeaseSpec_RenewTime();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_SPEC__STRATEGY = eINSTANCE.getLeaseSpec_Strategy();

	}

} //CoordinationV1Package
