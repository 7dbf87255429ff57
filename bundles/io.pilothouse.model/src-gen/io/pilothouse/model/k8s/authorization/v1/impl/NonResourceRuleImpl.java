/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.NonResourceRule;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Non Resource Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.NonResourceRuleImpl#getNonResourceURLs <em>Non Resource UR Ls</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.NonResourceRuleImpl#getVerbs <em>Verbs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NonResourceRuleImpl extends MinimalEObjectImpl.Container implements NonResourceRule {
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
	protected NonResourceRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.NON_RESOURCE_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNonResourceURLs() {
		if (nonResourceURLs == null) {
			nonResourceURLs = new EDataTypeUniqueEList<String>(String.class, this, AuthorizationV1Package.NON_RESOURCE_RULE__NON_RESOURCE_UR_LS);
		}
		return nonResourceURLs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVerbs() {
		if (verbs == null) {
			verbs = new EDataTypeUniqueEList<String>(String.class, this, AuthorizationV1Package.NON_RESOURCE_RULE__VERBS);
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
			case AuthorizationV1Package.NON_RESOURCE_RULE__NON_RESOURCE_UR_LS:
				return getNonResourceURLs();
			case AuthorizationV1Package.NON_RESOURCE_RULE__VERBS:
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
			case AuthorizationV1Package.NON_RESOURCE_RULE__NON_RESOURCE_UR_LS:
				getNonResourceURLs().clear();
				getNonResourceURLs().addAll((Collection<? extends String>)newValue);
				return;
			case AuthorizationV1Package.NON_RESOURCE_RULE__VERBS:
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
			case AuthorizationV1Package.NON_RESOURCE_RULE__NON_RESOURCE_UR_LS:
				getNonResourceURLs().clear();
				return;
			case AuthorizationV1Package.NON_RESOURCE_RULE__VERBS:
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
			case AuthorizationV1Package.NON_RESOURCE_RULE__NON_RESOURCE_UR_LS:
				return nonResourceURLs != null && !nonResourceURLs.isEmpty();
			case AuthorizationV1Package.NON_RESOURCE_RULE__VERBS:
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
		result.append(" (nonResourceURLs: ");
		result.append(nonResourceURLs);
		result.append(", verbs: ");
		result.append(verbs);
		result.append(')');
		return result.toString();
	}

} //NonResourceRuleImpl
