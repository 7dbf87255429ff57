/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes;

import io.pilothouse.model.k8s.meta.v1.FieldSelectorRequirement;

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
 * An implementation of the model object '<em><b>Field Selector Attributes</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.FieldSelectorAttributesImpl#getRawSelector <em>Raw Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.FieldSelectorAttributesImpl#getRequirements <em>Requirements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FieldSelectorAttributesImpl extends MinimalEObjectImpl.Container implements FieldSelectorAttributes {
	/**
	 * The default value of the '{@link #getRawSelector() <em>Raw Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSelector()
	 * @generated
	 * @ordered
	 */
	protected static final String RAW_SELECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRawSelector() <em>Raw Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSelector()
	 * @generated
	 * @ordered
	 */
	protected String rawSelector = RAW_SELECTOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldSelectorRequirement> requirements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldSelectorAttributesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.FIELD_SELECTOR_ATTRIBUTES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRawSelector() {
		return rawSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawSelector(String newRawSelector) {
		String oldRawSelector = rawSelector;
		rawSelector = newRawSelector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR, oldRawSelector, rawSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldSelectorRequirement> getRequirements() {
		if (requirements == null) {
			requirements = new EObjectContainmentEList<FieldSelectorRequirement>(FieldSelectorRequirement.class, this, AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS:
				return ((InternalEList<?>)getRequirements()).basicRemove(otherEnd, msgs);
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
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR:
				return getRawSelector();
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS:
				return getRequirements();
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
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR:
				setRawSelector((String)newValue);
				return;
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends FieldSelectorRequirement>)newValue);
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
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR:
				setRawSelector(RAW_SELECTOR_EDEFAULT);
				return;
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS:
				getRequirements().clear();
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
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__RAW_SELECTOR:
				return RAW_SELECTOR_EDEFAULT == null ? rawSelector != null : !RAW_SELECTOR_EDEFAULT.equals(rawSelector);
			case AuthorizationV1Package.FIELD_SELECTOR_ATTRIBUTES__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
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
		result.append(" (rawSelector: ");
		result.append(rawSelector);
		result.append(')');
		return result.toString();
	}

} //FieldSelectorAttributesImpl
