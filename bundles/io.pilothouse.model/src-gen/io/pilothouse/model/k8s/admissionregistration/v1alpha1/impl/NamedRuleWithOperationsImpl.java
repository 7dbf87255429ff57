/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package;
import io.pilothouse.model.k8s.admissionregistration.v1alpha1.NamedRuleWithOperations;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Named Rule With Operations</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.NamedRuleWithOperationsImpl#getApiGroups <em>Api Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.NamedRuleWithOperationsImpl#getApiVersions <em>Api Versions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.NamedRuleWithOperationsImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.NamedRuleWithOperationsImpl#getResourceNames <em>Resource Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.NamedRuleWithOperationsImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.impl.NamedRuleWithOperationsImpl#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NamedRuleWithOperationsImpl extends MinimalEObjectImpl.Container implements NamedRuleWithOperations {
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
	 * The cached value of the '{@link #getApiVersions() <em>Api Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> apiVersions;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> operations;

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
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NamedRuleWithOperationsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1alpha1Package.Literals.NAMED_RULE_WITH_OPERATIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApiGroups() {
		if (apiGroups == null) {
			apiGroups = new EDataTypeUniqueEList<String>(String.class, this, AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_GROUPS);
		}
		return apiGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApiVersions() {
		if (apiVersions == null) {
			apiVersions = new EDataTypeUniqueEList<String>(String.class, this, AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_VERSIONS);
		}
		return apiVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOperations() {
		if (operations == null) {
			operations = new EDataTypeUniqueEList<String>(String.class, this, AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__OPERATIONS);
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResourceNames() {
		if (resourceNames == null) {
			resourceNames = new EDataTypeUniqueEList<String>(String.class, this, AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES);
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
			resources = new EDataTypeUniqueEList<String>(String.class, this, AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_GROUPS:
				return getApiGroups();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_VERSIONS:
				return getApiVersions();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__OPERATIONS:
				return getOperations();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES:
				return getResourceNames();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCES:
				return getResources();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__SCOPE:
				return getScope();
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
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_GROUPS:
				getApiGroups().clear();
				getApiGroups().addAll((Collection<? extends String>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_VERSIONS:
				getApiVersions().clear();
				getApiVersions().addAll((Collection<? extends String>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__OPERATIONS:
				getOperations().clear();
				getOperations().addAll((Collection<? extends String>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES:
				getResourceNames().clear();
				getResourceNames().addAll((Collection<? extends String>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends String>)newValue);
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__SCOPE:
				setScope((String)newValue);
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
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_GROUPS:
				getApiGroups().clear();
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_VERSIONS:
				getApiVersions().clear();
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__OPERATIONS:
				getOperations().clear();
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES:
				getResourceNames().clear();
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCES:
				getResources().clear();
				return;
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__SCOPE:
				setScope(SCOPE_EDEFAULT);
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
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_GROUPS:
				return apiGroups != null && !apiGroups.isEmpty();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__API_VERSIONS:
				return apiVersions != null && !apiVersions.isEmpty();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__OPERATIONS:
				return operations != null && !operations.isEmpty();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCE_NAMES:
				return resourceNames != null && !resourceNames.isEmpty();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__RESOURCES:
				return resources != null && !resources.isEmpty();
			case AdmissionregistrationV1alpha1Package.NAMED_RULE_WITH_OPERATIONS__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
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
		result.append(", apiVersions: ");
		result.append(apiVersions);
		result.append(", operations: ");
		result.append(operations);
		result.append(", resourceNames: ");
		result.append(resourceNames);
		result.append(", resources: ");
		result.append(resources);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //NamedRuleWithOperationsImpl
