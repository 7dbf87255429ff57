/**
 */
package io.pilothouse.model.k8s.rbac.v1.impl;

import io.pilothouse.model.k8s.rbac.v1.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RbacV1FactoryImpl extends EFactoryImpl implements RbacV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RbacV1Factory init() {
		try {
			RbacV1Factory theRbacV1Factory = (RbacV1Factory)EPackage.Registry.INSTANCE.getEFactory(RbacV1Package.eNS_URI);
			if (theRbacV1Factory != null) {
				return theRbacV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RbacV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RbacV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RbacV1Package.AGGREGATION_RULE: return createAggregationRule();
			case RbacV1Package.CLUSTER_ROLE: return createClusterRole();
			case RbacV1Package.CLUSTER_ROLE_BINDING: return createClusterRoleBinding();
			case RbacV1Package.CLUSTER_ROLE_BINDING_LIST: return createClusterRoleBindingList();
			case RbacV1Package.CLUSTER_ROLE_LIST: return createClusterRoleList();
			case RbacV1Package.POLICY_RULE: return createPolicyRule();
			case RbacV1Package.ROLE: return createRole();
			case RbacV1Package.ROLE_BINDING: return createRoleBinding();
			case RbacV1Package.ROLE_BINDING_LIST: return createRoleBindingList();
			case RbacV1Package.ROLE_LIST: return createRoleList();
			case RbacV1Package.ROLE_REF: return createRoleRef();
			case RbacV1Package.SUBJECT: return createSubject();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AggregationRule createAggregationRule() {
		AggregationRuleImpl aggregationRule = new AggregationRuleImpl();
		return aggregationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterRole createClusterRole() {
		ClusterRoleImpl clusterRole = new ClusterRoleImpl();
		return clusterRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterRoleBinding createClusterRoleBinding() {
		ClusterRoleBindingImpl clusterRoleBinding = new ClusterRoleBindingImpl();
		return clusterRoleBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterRoleBindingList createClusterRoleBindingList() {
		ClusterRoleBindingListImpl clusterRoleBindingList = new ClusterRoleBindingListImpl();
		return clusterRoleBindingList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterRoleList createClusterRoleList() {
		ClusterRoleListImpl clusterRoleList = new ClusterRoleListImpl();
		return clusterRoleList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyRule createPolicyRule() {
		PolicyRuleImpl policyRule = new PolicyRuleImpl();
		return policyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleBinding createRoleBinding() {
		RoleBindingImpl roleBinding = new RoleBindingImpl();
		return roleBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleBindingList createRoleBindingList() {
		RoleBindingListImpl roleBindingList = new RoleBindingListImpl();
		return roleBindingList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleList createRoleList() {
		RoleListImpl roleList = new RoleListImpl();
		return roleList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleRef createRoleRef() {
		RoleRefImpl roleRef = new RoleRefImpl();
		return roleRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject createSubject() {
		SubjectImpl subject = new SubjectImpl();
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RbacV1Package getRbacV1Package() {
		return (RbacV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RbacV1Package getPackage() {
		return RbacV1Package.eINSTANCE;
	}

} //RbacV1FactoryImpl
