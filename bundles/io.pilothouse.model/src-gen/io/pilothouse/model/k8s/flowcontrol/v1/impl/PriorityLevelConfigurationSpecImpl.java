/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.ExemptPriorityLevelConfiguration;
import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;
import io.pilothouse.model.k8s.flowcontrol.v1.LimitedPriorityLevelConfiguration;
import io.pilothouse.model.k8s.flowcontrol.v1.PriorityLevelConfigurationSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Priority Level Configuration Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl#getExempt <em>Exempt</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl#getLimited <em>Limited</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.PriorityLevelConfigurationSpecImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriorityLevelConfigurationSpecImpl extends MinimalEObjectImpl.Container implements PriorityLevelConfigurationSpec {
	/**
	 * The cached value of the '{@link #getExempt() <em>Exempt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExempt()
	 * @generated
	 * @ordered
	 */
	protected ExemptPriorityLevelConfiguration exempt;

	/**
	 * The cached value of the '{@link #getLimited() <em>Limited</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimited()
	 * @generated
	 * @ordered
	 */
	protected LimitedPriorityLevelConfiguration limited;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriorityLevelConfigurationSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.PRIORITY_LEVEL_CONFIGURATION_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExemptPriorityLevelConfiguration getExempt() {
		return exempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExempt(ExemptPriorityLevelConfiguration newExempt, NotificationChain msgs) {
		ExemptPriorityLevelConfiguration oldExempt = exempt;
		exempt = newExempt;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT, oldExempt, newExempt);
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
	public void setExempt(ExemptPriorityLevelConfiguration newExempt) {
		if (newExempt != exempt) {
			NotificationChain msgs = null;
			if (exempt != null)
				msgs = ((InternalEObject)exempt).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT, null, msgs);
			if (newExempt != null)
				msgs = ((InternalEObject)newExempt).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT, null, msgs);
			msgs = basicSetExempt(newExempt, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT, newExempt, newExempt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitedPriorityLevelConfiguration getLimited() {
		return limited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLimited(LimitedPriorityLevelConfiguration newLimited, NotificationChain msgs) {
		LimitedPriorityLevelConfiguration oldLimited = limited;
		limited = newLimited;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED, oldLimited, newLimited);
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
	public void setLimited(LimitedPriorityLevelConfiguration newLimited) {
		if (newLimited != limited) {
			NotificationChain msgs = null;
			if (limited != null)
				msgs = ((InternalEObject)limited).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED, null, msgs);
			if (newLimited != null)
				msgs = ((InternalEObject)newLimited).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED, null, msgs);
			msgs = basicSetLimited(newLimited, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED, newLimited, newLimited));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT:
				return basicSetExempt(null, msgs);
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED:
				return basicSetLimited(null, msgs);
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
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT:
				return getExempt();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED:
				return getLimited();
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE:
				return getType();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT:
				setExempt((ExemptPriorityLevelConfiguration)newValue);
				return;
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED:
				setLimited((LimitedPriorityLevelConfiguration)newValue);
				return;
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE:
				setType((String)newValue);
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
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT:
				setExempt((ExemptPriorityLevelConfiguration)null);
				return;
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED:
				setLimited((LimitedPriorityLevelConfiguration)null);
				return;
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE:
				setType(TYPE_EDEFAULT);
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
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__EXEMPT:
				return exempt != null;
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__LIMITED:
				return limited != null;
			case FlowcontrolV1Package.PRIORITY_LEVEL_CONFIGURATION_SPEC__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //PriorityLevelConfigurationSpecImpl
