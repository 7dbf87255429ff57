/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;
import io.pilothouse.model.k8s.admissionregistration.v1.MatchCondition;
import io.pilothouse.model.k8s.admissionregistration.v1.MutatingWebhook;
import io.pilothouse.model.k8s.admissionregistration.v1.RuleWithOperations;
import io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mutating Webhook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getAdmissionReviewVersions <em>Admission Review Versions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getClientConfig <em>Client Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getFailurePolicy <em>Failure Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getMatchConditions <em>Match Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getMatchPolicy <em>Match Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getNamespaceSelector <em>Namespace Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getObjectSelector <em>Object Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getReinvocationPolicy <em>Reinvocation Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getSideEffects <em>Side Effects</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.MutatingWebhookImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MutatingWebhookImpl extends MinimalEObjectImpl.Container implements MutatingWebhook {
	/**
	 * The cached value of the '{@link #getAdmissionReviewVersions() <em>Admission Review Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmissionReviewVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> admissionReviewVersions;

	/**
	 * The cached value of the '{@link #getClientConfig() <em>Client Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientConfig()
	 * @generated
	 * @ordered
	 */
	protected WebhookClientConfig clientConfig;

	/**
	 * The default value of the '{@link #getFailurePolicy() <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailurePolicy() <em>Failure Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePolicy()
	 * @generated
	 * @ordered
	 */
	protected String failurePolicy = FAILURE_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMatchConditions() <em>Match Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<MatchCondition> matchConditions;

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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getReinvocationPolicy() <em>Reinvocation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinvocationPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String REINVOCATION_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReinvocationPolicy() <em>Reinvocation Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinvocationPolicy()
	 * @generated
	 * @ordered
	 */
	protected String reinvocationPolicy = REINVOCATION_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleWithOperations> rules;

	/**
	 * The default value of the '{@link #getSideEffects() <em>Side Effects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSideEffects()
	 * @generated
	 * @ordered
	 */
	protected static final String SIDE_EFFECTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSideEffects() <em>Side Effects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSideEffects()
	 * @generated
	 * @ordered
	 */
	protected String sideEffects = SIDE_EFFECTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TIMEOUT_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MutatingWebhookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1Package.Literals.MUTATING_WEBHOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdmissionReviewVersions() {
		if (admissionReviewVersions == null) {
			admissionReviewVersions = new EDataTypeUniqueEList<String>(String.class, this, AdmissionregistrationV1Package.MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS);
		}
		return admissionReviewVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebhookClientConfig getClientConfig() {
		return clientConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClientConfig(WebhookClientConfig newClientConfig, NotificationChain msgs) {
		WebhookClientConfig oldClientConfig = clientConfig;
		clientConfig = newClientConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG, oldClientConfig, newClientConfig);
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
	public void setClientConfig(WebhookClientConfig newClientConfig) {
		if (newClientConfig != clientConfig) {
			NotificationChain msgs = null;
			if (clientConfig != null)
				msgs = ((InternalEObject)clientConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG, null, msgs);
			if (newClientConfig != null)
				msgs = ((InternalEObject)newClientConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG, null, msgs);
			msgs = basicSetClientConfig(newClientConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG, newClientConfig, newClientConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailurePolicy() {
		return failurePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailurePolicy(String newFailurePolicy) {
		String oldFailurePolicy = failurePolicy;
		failurePolicy = newFailurePolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__FAILURE_POLICY, oldFailurePolicy, failurePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatchCondition> getMatchConditions() {
		if (matchConditions == null) {
			matchConditions = new EObjectContainmentEList<MatchCondition>(MatchCondition.class, this, AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_CONDITIONS);
		}
		return matchConditions;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_POLICY, oldMatchPolicy, matchPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAME, oldName, name));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR, oldNamespaceSelector, newNamespaceSelector);
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
				msgs = ((InternalEObject)namespaceSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR, null, msgs);
			if (newNamespaceSelector != null)
				msgs = ((InternalEObject)newNamespaceSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR, null, msgs);
			msgs = basicSetNamespaceSelector(newNamespaceSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR, newNamespaceSelector, newNamespaceSelector));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR, oldObjectSelector, newObjectSelector);
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
				msgs = ((InternalEObject)objectSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR, null, msgs);
			if (newObjectSelector != null)
				msgs = ((InternalEObject)newObjectSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR, null, msgs);
			msgs = basicSetObjectSelector(newObjectSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR, newObjectSelector, newObjectSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReinvocationPolicy() {
		return reinvocationPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReinvocationPolicy(String newReinvocationPolicy) {
		String oldReinvocationPolicy = reinvocationPolicy;
		reinvocationPolicy = newReinvocationPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__REINVOCATION_POLICY, oldReinvocationPolicy, reinvocationPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleWithOperations> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<RuleWithOperations>(RuleWithOperations.class, this, AdmissionregistrationV1Package.MUTATING_WEBHOOK__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSideEffects() {
		return sideEffects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSideEffects(String newSideEffects) {
		String oldSideEffects = sideEffects;
		sideEffects = newSideEffects;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__SIDE_EFFECTS, oldSideEffects, sideEffects));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTimeoutSeconds() {
		return timeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutSeconds(Integer newTimeoutSeconds) {
		Integer oldTimeoutSeconds = timeoutSeconds;
		timeoutSeconds = newTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.MUTATING_WEBHOOK__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG:
				return basicSetClientConfig(null, msgs);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_CONDITIONS:
				return ((InternalEList<?>)getMatchConditions()).basicRemove(otherEnd, msgs);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR:
				return basicSetNamespaceSelector(null, msgs);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR:
				return basicSetObjectSelector(null, msgs);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS:
				return getAdmissionReviewVersions();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG:
				return getClientConfig();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__FAILURE_POLICY:
				return getFailurePolicy();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_CONDITIONS:
				return getMatchConditions();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_POLICY:
				return getMatchPolicy();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAME:
				return getName();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR:
				return getNamespaceSelector();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR:
				return getObjectSelector();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__REINVOCATION_POLICY:
				return getReinvocationPolicy();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__RULES:
				return getRules();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__SIDE_EFFECTS:
				return getSideEffects();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
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
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS:
				getAdmissionReviewVersions().clear();
				getAdmissionReviewVersions().addAll((Collection<? extends String>)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG:
				setClientConfig((WebhookClientConfig)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__FAILURE_POLICY:
				setFailurePolicy((String)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_CONDITIONS:
				getMatchConditions().clear();
				getMatchConditions().addAll((Collection<? extends MatchCondition>)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_POLICY:
				setMatchPolicy((String)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAME:
				setName((String)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR:
				setObjectSelector((LabelSelector)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__REINVOCATION_POLICY:
				setReinvocationPolicy((String)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends RuleWithOperations>)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__SIDE_EFFECTS:
				setSideEffects((String)newValue);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__TIMEOUT_SECONDS:
				setTimeoutSeconds((Integer)newValue);
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
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS:
				getAdmissionReviewVersions().clear();
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG:
				setClientConfig((WebhookClientConfig)null);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__FAILURE_POLICY:
				setFailurePolicy(FAILURE_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_CONDITIONS:
				getMatchConditions().clear();
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_POLICY:
				setMatchPolicy(MATCH_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR:
				setNamespaceSelector((LabelSelector)null);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR:
				setObjectSelector((LabelSelector)null);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__REINVOCATION_POLICY:
				setReinvocationPolicy(REINVOCATION_POLICY_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__RULES:
				getRules().clear();
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__SIDE_EFFECTS:
				setSideEffects(SIDE_EFFECTS_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__TIMEOUT_SECONDS:
				setTimeoutSeconds(TIMEOUT_SECONDS_EDEFAULT);
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
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__ADMISSION_REVIEW_VERSIONS:
				return admissionReviewVersions != null && !admissionReviewVersions.isEmpty();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__CLIENT_CONFIG:
				return clientConfig != null;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__FAILURE_POLICY:
				return FAILURE_POLICY_EDEFAULT == null ? failurePolicy != null : !FAILURE_POLICY_EDEFAULT.equals(failurePolicy);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_CONDITIONS:
				return matchConditions != null && !matchConditions.isEmpty();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__MATCH_POLICY:
				return MATCH_POLICY_EDEFAULT == null ? matchPolicy != null : !MATCH_POLICY_EDEFAULT.equals(matchPolicy);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__NAMESPACE_SELECTOR:
				return namespaceSelector != null;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__OBJECT_SELECTOR:
				return objectSelector != null;
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__REINVOCATION_POLICY:
				return REINVOCATION_POLICY_EDEFAULT == null ? reinvocationPolicy != null : !REINVOCATION_POLICY_EDEFAULT.equals(reinvocationPolicy);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__RULES:
				return rules != null && !rules.isEmpty();
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__SIDE_EFFECTS:
				return SIDE_EFFECTS_EDEFAULT == null ? sideEffects != null : !SIDE_EFFECTS_EDEFAULT.equals(sideEffects);
			case AdmissionregistrationV1Package.MUTATING_WEBHOOK__TIMEOUT_SECONDS:
				return TIMEOUT_SECONDS_EDEFAULT == null ? timeoutSeconds != null : !TIMEOUT_SECONDS_EDEFAULT.equals(timeoutSeconds);
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
		result.append(" (admissionReviewVersions: ");
		result.append(admissionReviewVersions);
		result.append(", failurePolicy: ");
		result.append(failurePolicy);
		result.append(", matchPolicy: ");
		result.append(matchPolicy);
		result.append(", name: ");
		result.append(name);
		result.append(", reinvocationPolicy: ");
		result.append(reinvocationPolicy);
		result.append(", sideEffects: ");
		result.append(sideEffects);
		result.append(", timeoutSeconds: ");
		result.append(timeoutSeconds);
		result.append(')');
		return result.toString();
	}

} //MutatingWebhookImpl
