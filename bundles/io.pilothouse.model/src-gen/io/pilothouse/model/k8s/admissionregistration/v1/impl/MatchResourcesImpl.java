/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;
import io.pilothouse.model.k8s.admissionregistration.v1.MatchResources;
import io.pilothouse.model.k8s.admissionregistration.v1.NamedRuleWithOperations;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Match Resources</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl#getExcludeResourceRules <em>Exclude Resource Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl#getMatchPolicy <em>Match Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl#getObjectSelector <em>Object Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MatchResourcesImpl#getResourceRules <em>Resource Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MatchResourcesImpl extends MinimalEObjectImpl.Container implements MatchResources {
	/**
	 * The cached value of the '{@link #getExcludeResourceRules() <em>Exclude Resource Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludeResourceRules()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedRuleWithOperations> excludeResourceRules;

	/**
	 * The default value of the '{@link #getMatchPolicy() <em>Match Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String MATCH_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMatchPolicy() <em>Match Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchPolicy()
	 * @generated
	 * @ordered
	 */
	protected String matchPolicy = MATCH_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNamespaceSelector() <em>Namespace Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaceSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector namespaceSelector;

	/**
	 * The cached value of the '{@link #getObjectSelector() <em>Object Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector objectSelector;

	/**
	 * The cached value of the '{@link #getResourceRules() <em>Resource Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceRules()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedRuleWithOperations> resourceRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MatchResourcesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1Package.Literals.MATCH_RESOURCES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedRuleWithOperations> getExcludeResourceRules() {
		if (excludeResourceRules == null) {
			excludeResourceRules = new EObjectContainmentEList<NamedRuleWithOperations>(NamedRuleWithOperations.class, this, AdmissionregistrationV1Package.MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES);
		}
		return excludeResourceRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMatchPolicy() {
		return matchPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatchPolicy(String newMatchPolicy) {
		String oldMatchPolicy = matchPolicy;
		matchPolicy = newMatchPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MATCH_RESOURCES__MATCH_POLICY, oldMatchPolicy, matchPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getNamespaceSelector() {
		return namespaceSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamespaceSelector(LabelSelector newNamespaceSelector, NotificationChain msgs) {
		LabelSelector oldNamespaceSelector = namespaceSelector;
		namespaceSelector = newNamespaceSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR, oldNamespaceSelector, newNamespaceSelector);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespaceSelector(LabelSelector newNamespaceSelector) {
		if (newNamespaceSelector != namespaceSelector) {
			NotificationChain msgs = null;
			if (namespaceSelector != null)
				msgs = ((InternalEObject)namespaceSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR, null, msgs);
			if (newNamespaceSelector != null)
				msgs = ((InternalEObject)newNamespaceSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR, null, msgs);
			msgs = basicSetNamespaceSelector(newNamespaceSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR, newNamespaceSelector, newNamespaceSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getObjectSelector() {
		return objectSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetObjectSelector(LabelSelector newObjectSelector, NotificationChain msgs) {
		LabelSelector oldObjectSelector = objectSelector;
		objectSelector = newObjectSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR, oldObjectSelector, newObjectSelector);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectSelector(LabelSelector newObjectSelector) {
		if (newObjectSelector != objectSelector) {
			NotificationChain msgs = null;
			if (objectSelector != null)
				msgs = ((InternalEObject)objectSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR, null, msgs);
			if (newObjectSelector != null)
				msgs = ((InternalEObject)newObjectSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR, null, msgs);
			msgs = basicSetObjectSelector(newObjectSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR, newObjectSelector, newObjectSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedRuleWithOperations> getResourceRules() {
		if (resourceRules == null) {
			resourceRules = new EObjectContainmentEList<NamedRuleWithOperations>(NamedRuleWithOperations.class, this, AdmissionregistrationV1Package.MATCH_RESOURCES__RESOURCE_RULES);
		}
		return resourceRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1Package.MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES:
				return ((InternalEList<?>)getExcludeResourceRules()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR:
				return basicSetNamespaceSelector(null, msgs);
			case AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR:
				return basicSetObjectSelector(null, msgs);
			case AdmissionregistrationV1Package.MATCH_RESOURCES__RESOURCE_RULES:
				return ((InternalEList<?>)getResourceRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AdmissionregistrationV1Package.MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES:
				return getExcludeResourceRules();
			case AdmissionregistrationV1Package.MATCH_RESOURCES__MATCH_POLICY:
				return getMatchPolicy();
			case AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR:
				return getNamespaceSelector();
			case AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR:
				return getObjectSelector();
			case AdmissionregistrationV1Package.MATCH_RESOURCES__RESOURCE_RULES:
				return getResourceRules();
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
			case AdmissionregistrationV1Package.MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES:
				getExcludeResourceRules().clear();
				getExcludeResourceRules().addAll((Collection<? extends NamedRuleWithOperations>)newValue);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__MATCH_POLICY:
				setMatchPolicy((String)newValue);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)newValue);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR:
				setObjectSelector((LabelSelector)newValue);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__RESOURCE_RULES:
				getResourceRules().clear();
				getResourceRules().addAll((Collection<? extends NamedRuleWithOperations>)newValue);
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
			case AdmissionregistrationV1Package.MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES:
				getExcludeResourceRules().clear();
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__MATCH_POLICY:
				setMatchPolicy(MATCH_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)null);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR:
				setObjectSelector((LabelSelector)null);
				return;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__RESOURCE_RULES:
				getResourceRules().clear();
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
			case AdmissionregistrationV1Package.MATCH_RESOURCES__EXCLUDE_RESOURCE_RULES:
				return excludeResourceRules != null && !excludeResourceRules.isEmpty();
			case AdmissionregistrationV1Package.MATCH_RESOURCES__MATCH_POLICY:
				return MATCH_POLICY_EDEFAULT == null ? matchPolicy != null : !MATCH_POLICY_EDEFAULT.equals(matchPolicy);
			case AdmissionregistrationV1Package.MATCH_RESOURCES__NAMESPACE_SELECTOR:
				return namespaceSelector != null;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__OBJECT_SELECTOR:
				return objectSelector != null;
			case AdmissionregistrationV1Package.MATCH_RESOURCES__RESOURCE_RULES:
				return resourceRules != null && !resourceRules.isEmpty();
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
		result.append(" (matchPolicy: ");
		result.append(matchPolicy);
		result.append(')');
		return result.toString();
	}

} //MatchResourcesImpl
