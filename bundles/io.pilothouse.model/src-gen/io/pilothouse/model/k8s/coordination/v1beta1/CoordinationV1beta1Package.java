/**
 */
package io.pilothouse.model.k8s.coordination.v1beta1;

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
 * @see io.pilothouse.model.k8s.coordination.v1beta1.CoordinationV1beta1Factory
 * @generated
 */
public interface CoordinationV1beta1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1beta1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/coordination/v1beta1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "coordination.v1beta1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoordinationV1beta1Package eINSTANCE = io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateImpl <em>Lease Candidate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateImpl
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl#getLeaseCandidate()
	 * @generated
	 */
	int LEASE_CANDIDATE = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE__METADATA = 2;

	/**
	 * The feature id for the '<em><b>Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE__SPEC = 3;

	/**
	 * The number of structural features of the '<em>Lease Candidate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateListImpl <em>Lease Candidate List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateListImpl
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl#getLeaseCandidateList()
	 * @generated
	 */
	int LEASE_CANDIDATE_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Lease Candidate List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl <em>Lease Candidate Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl#getLeaseCandidateSpec()
	 * @generated
	 */
	int LEASE_CANDIDATE_SPEC = 2;

	/**
	 * The feature id for the '<em><b>Binary Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC__BINARY_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Emulation Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC__EMULATION_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Lease Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC__LEASE_NAME = 2;

	/**
	 * The feature id for the '<em><b>Ping Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC__PING_TIME = 3;

	/**
	 * The feature id for the '<em><b>Renew Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC__RENEW_TIME = 4;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC__STRATEGY = 5;

	/**
	 * The number of structural features of the '<em>Lease Candidate Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEASE_CANDIDATE_SPEC_FEATURE_COUNT = 6;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate <em>Lease Candidate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease Candidate</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate
	 * @generated
	 */
	EClass getLeaseCandidate();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getApiVersion()
	 * @see #getLeaseCandidate()
	 * @generated
	 */
	EAttribute getLeaseCandidate_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getKind()
	 * @see #getLeaseCandidate()
	 * @generated
	 */
	EAttribute getLeaseCandidate_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getMetadata()
	 * @see #getLeaseCandidate()
	 * @generated
	 */
	EReference getLeaseCandidate_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spec</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidate#getSpec()
	 * @see #getLeaseCandidate()
	 * @generated
	 */
	EReference getLeaseCandidate_Spec();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList <em>Lease Candidate List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease Candidate List</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList
	 * @generated
	 */
	EClass getLeaseCandidateList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getApiVersion()
	 * @see #getLeaseCandidateList()
	 * @generated
	 */
	EAttribute getLeaseCandidateList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getItems()
	 * @see #getLeaseCandidateList()
	 * @generated
	 */
	EReference getLeaseCandidateList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getKind()
	 * @see #getLeaseCandidateList()
	 * @generated
	 */
	EAttribute getLeaseCandidateList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateList#getMetadata()
	 * @see #getLeaseCandidateList()
	 * @generated
	 */
	EReference getLeaseCandidateList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec <em>Lease Candidate Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lease Candidate Spec</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec
	 * @generated
	 */
	EClass getLeaseCandidateSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getBinaryVersion <em>Binary Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binary Version</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getBinaryVersion()
	 * @see #getLeaseCandidateSpec()
	 * @generated
	 */
	EAttribute getLeaseCandidateSpec_BinaryVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getEmulationVersion <em>Emulation Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emulation Version</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getEmulationVersion()
	 * @see #getLeaseCandidateSpec()
	 * @generated
	 */
	EAttribute getLeaseCandidateSpec_EmulationVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getLeaseName <em>Lease Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lease Name</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getLeaseName()
	 * @see #getLeaseCandidateSpec()
	 * @generated
	 */
	EAttribute getLeaseCandidateSpec_LeaseName();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getPingTime <em>Ping Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ping Time</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getPingTime()
	 * @see #getLeaseCandidateSpec()
	 * @generated
	 */
	EAttribute getLeaseCandidateSpec_PingTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getRenewTime <em>Renew Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renew Time</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getRenewTime()
	 * @see #getLeaseCandidateSpec()
	 * @generated
	 */
	EAttribute getLeaseCandidateSpec_RenewTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see io.pilothouse.model.k8s.coordination.v1beta1.LeaseCandidateSpec#getStrategy()
	 * @see #getLeaseCandidateSpec()
	 * @generated
	 */
	EAttribute getLeaseCandidateSpec_Strategy();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoordinationV1beta1Factory getCoordinationV1beta1Factory();

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
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateImpl <em>Lease Candidate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateImpl
		 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl#getLeaseCandidate()
		 * @generated
		 */
		EClass LEASE_CANDIDATE = eINSTANCE.getLeaseCandidate();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE__API_VERSION = eINSTANCE.getLeaseCandidate_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE__KIND = eINSTANCE.getLeaseCandidate_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE_CANDIDATE__METADATA = eINSTANCE.getLeaseCandidate_Metadata();

		/**
		 * The meta object literal for the '<em><b>Spec</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE_CANDIDATE__SPEC = eINSTANCE.getLeaseCandidate_Spec();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateListImpl <em>Lease Candidate List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateListImpl
		 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl#getLeaseCandidateList()
		 * @generated
		 */
		EClass LEASE_CANDIDATE_LIST = eINSTANCE.getLeaseCandidateList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_LIST__API_VERSION = eINSTANCE.getLeaseCandidateList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE_CANDIDATE_LIST__ITEMS = eINSTANCE.getLeaseCandidateList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_LIST__KIND = eINSTANCE.getLeaseCandidateList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEASE_CANDIDATE_LIST__METADATA = eINSTANCE.getLeaseCandidateList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl <em>Lease Candidate Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.LeaseCandidateSpecImpl
		 * @see io.pilothouse.model.k8s.coordination.v1beta1.impl.CoordinationV1beta1PackageImpl#getLeaseCandidateSpec()
		 * @generated
		 */
		EClass LEASE_CANDIDATE_SPEC = eINSTANCE.getLeaseCandidateSpec();

		/**
		 * The meta object literal for the '<em><b>Binary Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_SPEC__BINARY_VERSION = eINSTANCE.getLeaseCandidateSpec_BinaryVersion();

		/**
		 * The meta object literal for the '<em><b>Emulation Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_SPEC__EMULATION_VERSION = eINSTANCE.getLeaseCandidateSpec_EmulationVersion();

		/**
		 * The meta object literal for the '<em><b>Lease Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_SPEC__LEASE_NAME = eINSTANCE.getLeaseCandidateSpec_LeaseName();

		/**
		 * The meta object literal for the '<em><b>Ping Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_SPEC__PING_TIME = eINSTANCE.getLeaseCandidateSpec_PingTime();

		/**
		 * The meta object literal for the '<em><b>Renew Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_SPEC__RENEW_TIME = eINSTANCE.getLeaseCandidateSpec_RenewTime();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEASE_CANDIDATE_SPEC__STRATEGY = eINSTANCE.getLeaseCandidateSpec_Strategy();

	}

} //CoordinationV1beta1Package
