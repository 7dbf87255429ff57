/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;
import io.pilothouse.model.k8s.flowcontrol.v1.ResourcePolicyRule;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl#getClusterScope <em>Cluster Scope</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl#getNamespaces <em>Namespaces</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.ResourcePolicyRuleImpl#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourcePolicyRuleImpl extends MinimalEObjectImpl.Container implements ResourcePolicyRule {
	/**
	 * The cached value of the '{@link #getApiGroups() <em>Api Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<String> apiGroups;

	/**
	 * The default value of the '{@link #getClusterScope() <em>Cluster Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterScope()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CLUSTER_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClusterScope() <em>Cluster Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterScope()
	 * @generated
	 * @ordered
	 */
	protected Boolean clusterScope = CLUSTER_SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNamespaces() <em>Namespaces</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaces()
	 * @generated
	 * @ordered
	 */
	protected EList<String> namespaces;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> resources;

	/**
	 * The cached value of the '{@link #getVerbs() <em>Verbs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerbs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> verbs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourcePolicyRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.RESOURCE_POLICY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApiGroups() {
		if (apiGroups == null) {
			apiGroups = new EDataTypeUniqueEList<String>(String.class, this, FlowcontrolV1Package.RESOURCE_POLICY_RULE__API_GROUPS);
		}
		return apiGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getClusterScope() {
		return clusterScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterScope(Boolean newClusterScope) {
		Boolean oldClusterScope = clusterScope;
		clusterScope = newClusterScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.RESOURCE_POLICY_RULE__CLUSTER_SCOPE, oldClusterScope, clusterScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNamespaces() {
		if (namespaces == null) {
			namespaces = new EDataTypeUniqueEList<String>(String.class, this, FlowcontrolV1Package.RESOURCE_POLICY_RULE__NAMESPACES);
		}
		return namespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResources() {
		if (resources == null) {
			resources = new EDataTypeUniqueEList<String>(String.class, this, FlowcontrolV1Package.RESOURCE_POLICY_RULE__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVerbs() {
		if (verbs == null) {
			verbs = new EDataTypeUniqueEList<String>(String.class, this, FlowcontrolV1Package.RESOURCE_POLICY_RULE__VERBS);
		}
		return verbs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__API_GROUPS:
				return getApiGroups();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__CLUSTER_SCOPE:
				return getClusterScope();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__NAMESPACES:
				return getNamespaces();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__RESOURCES:
				return getResources();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__VERBS:
				return getVerbs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__API_GROUPS:
				getApiGroups().clear();
				getApiGroups().addAll((Collection<? extends String>)newValue);
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__CLUSTER_SCOPE:
				setClusterScope((Boolean)newValue);
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__NAMESPACES:
				getNamespaces().clear();
				getNamespaces().addAll((Collection<? extends String>)newValue);
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends String>)newValue);
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__VERBS:
				getVerbs().clear();
				getVerbs().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__API_GROUPS:
				getApiGroups().clear();
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__CLUSTER_SCOPE:
				setClusterScope(CLUSTER_SCOPE_EDEFAULT);
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__NAMESPACES:
				getNamespaces().clear();
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__RESOURCES:
				getResources().clear();
				return;
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__VERBS:
				getVerbs().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__API_GROUPS:
				return apiGroups != null && !apiGroups.isEmpty();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__CLUSTER_SCOPE:
				return CLUSTER_SCOPE_EDEFAULT == null ? clusterScope != null : !CLUSTER_SCOPE_EDEFAULT.equals(clusterScope);
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__NAMESPACES:
				return namespaces != null && !namespaces.isEmpty();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__RESOURCES:
				return resources != null && !resources.isEmpty();
			case FlowcontrolV1Package.RESOURCE_POLICY_RULE__VERBS:
				return verbs != null && !verbs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (apiGroups: ");
		result.append(apiGroups);
		result.append(", clusterScope: ");
		result.append(clusterScope);
		result.append(", namespaces: ");
		result.append(namespaces);
		result.append(", resources: ");
		result.append(resources);
		result.append(", verbs: ");
		result.append(verbs);
		result.append(')');
		return result.toString();
	}

} //ResourcePolicyRuleImpl
