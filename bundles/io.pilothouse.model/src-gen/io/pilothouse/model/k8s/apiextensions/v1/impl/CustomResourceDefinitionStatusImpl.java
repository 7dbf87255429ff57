/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionCondition;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionStatus;

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
 * An implementation of the model object '<em><b>Custom Resource Definition Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl#getAcceptedNames <em>Accepted Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl#getObservedGeneration <em>Observed Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionStatusImpl#getStoredVersions <em>Stored Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceDefinitionStatusImpl extends MinimalEObjectImpl.Container implements CustomResourceDefinitionStatus {
	/**
	 * The cached value of the '{@link #getAcceptedNames() <em>Accepted Names</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedNames()
	 * @generated
	 * @ordered
	 */
	protected CustomResourceDefinitionNames acceptedNames;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomResourceDefinitionCondition> conditions;

	/**
	 * The default value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long OBSERVED_GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedGeneration() <em>Observed Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long observedGeneration = OBSERVED_GENERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStoredVersions() <em>Stored Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> storedVersions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceDefinitionStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_DEFINITION_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionNames getAcceptedNames() {
		return acceptedNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAcceptedNames(CustomResourceDefinitionNames newAcceptedNames, NotificationChain msgs) {
		CustomResourceDefinitionNames oldAcceptedNames = acceptedNames;
		acceptedNames = newAcceptedNames;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES, oldAcceptedNames, newAcceptedNames);
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
	public void setAcceptedNames(CustomResourceDefinitionNames newAcceptedNames) {
		if (newAcceptedNames != acceptedNames) {
			NotificationChain msgs = null;
			if (acceptedNames != null)
				msgs = ((InternalEObject)acceptedNames).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES, null, msgs);
			if (newAcceptedNames != null)
				msgs = ((InternalEObject)newAcceptedNames).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES, null, msgs);
			msgs = basicSetAcceptedNames(newAcceptedNames, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES, newAcceptedNames, newAcceptedNames));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomResourceDefinitionCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<CustomResourceDefinitionCondition>(CustomResourceDefinitionCondition.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getObservedGeneration() {
		return observedGeneration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedGeneration(Long newObservedGeneration) {
		Long oldObservedGeneration = observedGeneration;
		observedGeneration = newObservedGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION, oldObservedGeneration, observedGeneration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStoredVersions() {
		if (storedVersions == null) {
			storedVersions = new EDataTypeUniqueEList<String>(String.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS);
		}
		return storedVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES:
				return basicSetAcceptedNames(null, msgs);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES:
				return getAcceptedNames();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS:
				return getConditions();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION:
				return getObservedGeneration();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS:
				return getStoredVersions();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES:
				setAcceptedNames((CustomResourceDefinitionNames)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends CustomResourceDefinitionCondition>)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION:
				setObservedGeneration((Long)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS:
				getStoredVersions().clear();
				getStoredVersions().addAll((Collection<? extends String>)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES:
				setAcceptedNames((CustomResourceDefinitionNames)null);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION:
				setObservedGeneration(OBSERVED_GENERATION_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS:
				getStoredVersions().clear();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__ACCEPTED_NAMES:
				return acceptedNames != null;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__OBSERVED_GENERATION:
				return OBSERVED_GENERATION_EDEFAULT == null ? observedGeneration != null : !OBSERVED_GENERATION_EDEFAULT.equals(observedGeneration);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_STATUS__STORED_VERSIONS:
				return storedVersions != null && !storedVersions.isEmpty();
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
		result.append(" (observedGeneration: ");
		result.append(observedGeneration);
		result.append(", storedVersions: ");
		result.append(storedVersions);
		result.append(')');
		return result.toString();
	}

} //CustomResourceDefinitionStatusImpl
