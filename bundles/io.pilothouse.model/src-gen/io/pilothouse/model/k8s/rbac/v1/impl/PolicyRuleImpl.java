/**
 */
package io.pilothouse.model.k8s.rbac.v1.impl;

import io.pilothouse.model.k8s.rbac.v1.PolicyRule;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl#getNonResourceURLs <em>Non Resource UR Ls</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl#getResourceNames <em>Resource Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.rbac.v1.impl.PolicyRuleImpl#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyRuleImpl extends MinimalEObjectImpl.Container implements PolicyRule {
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
	 * The cached value of the '{@link #getNonResourceURLs() <em>Non Resource UR Ls</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonResourceURLs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> nonResourceURLs;

	/**
	 * The cached value of the '{@link #getResourceNames() <em>Resource Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> resourceNames;

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
	protected PolicyRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RbacV1Package.Literals.POLICY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApiGroups() {
		if (apiGroups == null) {
			apiGroups = new EDataTypeUniqueEList<String>(String.class, this, RbacV1Package.POLICY_RULE__API_GROUPS);
		}
		return apiGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNonResourceURLs() {
		if (nonResourceURLs == null) {
			nonResourceURLs = new EDataTypeUniqueEList<String>(String.class, this, RbacV1Package.POLICY_RULE__NON_RESOURCE_UR_LS);
		}
		return nonResourceURLs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResourceNames() {
		if (resourceNames == null) {
			resourceNames = new EDataTypeUniqueEList<String>(String.class, this, RbacV1Package.POLICY_RULE__RESOURCE_NAMES);
		}
		return resourceNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResources() {
		if (resources == null) {
			resources = new EDataTypeUniqueEList<String>(String.class, this, RbacV1Package.POLICY_RULE__RESOURCES);
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
			verbs = new EDataTypeUniqueEList<String>(String.class, this, RbacV1Package.POLICY_RULE__VERBS);
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
			case RbacV1Package.POLICY_RULE__API_GROUPS:
				return getApiGroups();
			case RbacV1Package.POLICY_RULE__NON_RESOURCE_UR_LS:
				return getNonResourceURLs();
			case RbacV1Package.POLICY_RULE__RESOURCE_NAMES:
				return getResourceNames();
			case RbacV1Package.POLICY_RULE__RESOURCES:
				return getResources();
			case RbacV1Package.POLICY_RULE__VERBS:
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
			case RbacV1Package.POLICY_RULE__API_GROUPS:
				getApiGroups().clear();
				getApiGroups().addAll((Collection<? extends String>)newValue);
				return;
			case RbacV1Package.POLICY_RULE__NON_RESOURCE_UR_LS:
				getNonResourceURLs().clear();
				getNonResourceURLs().addAll((Collection<? extends String>)newValue);
				return;
			case RbacV1Package.POLICY_RULE__RESOURCE_NAMES:
				getResourceNames().clear();
				getResourceNames().addAll((Collection<? extends String>)newValue);
				return;
			case RbacV1Package.POLICY_RULE__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends String>)newValue);
				return;
			case RbacV1Package.POLICY_RULE__VERBS:
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
			case RbacV1Package.POLICY_RULE__API_GROUPS:
				getApiGroups().clear();
				return;
			case RbacV1Package.POLICY_RULE__NON_RESOURCE_UR_LS:
				getNonResourceURLs().clear();
				return;
			case RbacV1Package.POLICY_RULE__RESOURCE_NAMES:
				getResourceNames().clear();
				return;
			case RbacV1Package.POLICY_RULE__RESOURCES:
				getResources().clear();
				return;
			case RbacV1Package.POLICY_RULE__VERBS:
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
			case RbacV1Package.POLICY_RULE__API_GROUPS:
				return apiGroups != null && !apiGroups.isEmpty();
			case RbacV1Package.POLICY_RULE__NON_RESOURCE_UR_LS:
				return nonResourceURLs != null && !nonResourceURLs.isEmpty();
			case RbacV1Package.POLICY_RULE__RESOURCE_NAMES:
				return resourceNames != null && !resourceNames.isEmpty();
			case RbacV1Package.POLICY_RULE__RESOURCES:
				return resources != null && !resources.isEmpty();
			case RbacV1Package.POLICY_RULE__VERBS:
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
		result.append(", nonResourceURLs: ");
		result.append(nonResourceURLs);
		result.append(", resourceNames: ");
		result.append(resourceNames);
		result.append(", resources: ");
		result.append(resources);
		result.append(", verbs: ");
		result.append(verbs);
		result.append(')');
		return result.toString();
	}

} //PolicyRuleImpl
