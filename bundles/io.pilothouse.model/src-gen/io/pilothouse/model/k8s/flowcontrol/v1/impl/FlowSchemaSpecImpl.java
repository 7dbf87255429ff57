/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowDistinguisherMethod;
import io.pilothouse.model.k8s.flowcontrol.v1.FlowSchemaSpec;
import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;
import io.pilothouse.model.k8s.flowcontrol.v1.PolicyRulesWithSubjects;
import io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationReference;

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
 * An implementation of the model object '<em><b>Flow Schema Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl#getDistinguisherMethod <em>Distinguisher Method</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl#getMatchingPrecedence <em>Matching Precedence</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl#getPriorityLevelConfiguration <em>Priority Level Configuration</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.FlowSchemaSpecImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlowSchemaSpecImpl extends MinimalEObjectImpl.Container implements FlowSchemaSpec {
	/**
	 * The cached value of the '{@link #getDistinguisherMethod() <em>Distinguisher Method</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistinguisherMethod()
	 * @generated
	 * @ordered
	 */
	protected FlowDistinguisherMethod distinguisherMethod;

	/**
	 * The default value of the '{@link #getMatchingPrecedence() <em>Matching Precedence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchingPrecedence()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MATCHING_PRECEDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMatchingPrecedence() <em>Matching Precedence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchingPrecedence()
	 * @generated
	 * @ordered
	 */
	protected Integer matchingPrecedence = MATCHING_PRECEDENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPriorityLevelConfiguration() <em>Priority Level Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityLevelConfiguration()
	 * @generated
	 * @ordered
	 */
	protected PriorityLevelConfigurationReference priorityLevelConfiguration;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyRulesWithSubjects> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowSchemaSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.FLOW_SCHEMA_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowDistinguisherMethod getDistinguisherMethod() {
		return distinguisherMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDistinguisherMethod(FlowDistinguisherMethod newDistinguisherMethod, NotificationChain msgs) {
		FlowDistinguisherMethod oldDistinguisherMethod = distinguisherMethod;
		distinguisherMethod = newDistinguisherMethod;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD, oldDistinguisherMethod, newDistinguisherMethod);
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
	public void setDistinguisherMethod(FlowDistinguisherMethod newDistinguisherMethod) {
		if (newDistinguisherMethod != distinguisherMethod) {
			NotificationChain msgs = null;
			if (distinguisherMethod != null)
				msgs = ((InternalEObject)distinguisherMethod).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD, null, msgs);
			if (newDistinguisherMethod != null)
				msgs = ((InternalEObject)newDistinguisherMethod).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD, null, msgs);
			msgs = basicSetDistinguisherMethod(newDistinguisherMethod, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD, newDistinguisherMethod, newDistinguisherMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMatchingPrecedence() {
		return matchingPrecedence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatchingPrecedence(Integer newMatchingPrecedence) {
		Integer oldMatchingPrecedence = matchingPrecedence;
		matchingPrecedence = newMatchingPrecedence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE, oldMatchingPrecedence, matchingPrecedence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityLevelConfigurationReference getPriorityLevelConfiguration() {
		return priorityLevelConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPriorityLevelConfiguration(PriorityLevelConfigurationReference newPriorityLevelConfiguration, NotificationChain msgs) {
		PriorityLevelConfigurationReference oldPriorityLevelConfiguration = priorityLevelConfiguration;
		priorityLevelConfiguration = newPriorityLevelConfiguration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION, oldPriorityLevelConfiguration, newPriorityLevelConfiguration);
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
	public void setPriorityLevelConfiguration(PriorityLevelConfigurationReference newPriorityLevelConfiguration) {
		if (newPriorityLevelConfiguration != priorityLevelConfiguration) {
			NotificationChain msgs = null;
			if (priorityLevelConfiguration != null)
				msgs = ((InternalEObject)priorityLevelConfiguration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION, null, msgs);
			if (newPriorityLevelConfiguration != null)
				msgs = ((InternalEObject)newPriorityLevelConfiguration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION, null, msgs);
			msgs = basicSetPriorityLevelConfiguration(newPriorityLevelConfiguration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION, newPriorityLevelConfiguration, newPriorityLevelConfiguration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyRulesWithSubjects> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<PolicyRulesWithSubjects>(PolicyRulesWithSubjects.class, this, FlowcontrolV1Package.FLOW_SCHEMA_SPEC__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD:
				return basicSetDistinguisherMethod(null, msgs);
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION:
				return basicSetPriorityLevelConfiguration(null, msgs);
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__RULES:
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
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD:
				return getDistinguisherMethod();
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE:
				return getMatchingPrecedence();
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION:
				return getPriorityLevelConfiguration();
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__RULES:
				return getRules();
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
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD:
				setDistinguisherMethod((FlowDistinguisherMethod)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE:
				setMatchingPrecedence((Integer)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION:
				setPriorityLevelConfiguration((PriorityLevelConfigurationReference)newValue);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends PolicyRulesWithSubjects>)newValue);
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
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD:
				setDistinguisherMethod((FlowDistinguisherMethod)null);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE:
				setMatchingPrecedence(MATCHING_PRECEDENCE_EDEFAULT);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION:
				setPriorityLevelConfiguration((PriorityLevelConfigurationReference)null);
				return;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__RULES:
				getRules().clear();
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
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__DISTINGUISHER_METHOD:
				return distinguisherMethod != null;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__MATCHING_PRECEDENCE:
				return MATCHING_PRECEDENCE_EDEFAULT == null ? matchingPrecedence != null : !MATCHING_PRECEDENCE_EDEFAULT.equals(matchingPrecedence);
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__PRIORITY_LEVEL_CONFIGURATION:
				return priorityLevelConfiguration != null;
			case FlowcontrolV1Package.FLOW_SCHEMA_SPEC__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(" (matchingPrecedence: ");
		result.append(matchingPrecedence);
		result.append(')');
		return result.toString();
	}

} //FlowSchemaSpecImpl
