/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerRestartRule;
import io.pilothouse.model.k8s.core.v1.ContainerRestartRuleOnExitCodes;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Restart Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerRestartRuleImpl#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerRestartRuleImpl#getExitCodes <em>Exit Codes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerRestartRuleImpl extends MinimalEObjectImpl.Container implements ContainerRestartRule {
	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExitCodes() <em>Exit Codes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCodes()
	 * @generated
	 * @ordered
	 */
	protected ContainerRestartRuleOnExitCodes exitCodes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerRestartRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONTAINER_RESTART_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_RESTART_RULE__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerRestartRuleOnExitCodes getExitCodes() {
		return exitCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExitCodes(ContainerRestartRuleOnExitCodes newExitCodes, NotificationChain msgs) {
		ContainerRestartRuleOnExitCodes oldExitCodes = exitCodes;
		exitCodes = newExitCodes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES, oldExitCodes, newExitCodes);
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
	public void setExitCodes(ContainerRestartRuleOnExitCodes newExitCodes) {
		if (newExitCodes != exitCodes) {
			NotificationChain msgs = null;
			if (exitCodes != null)
				msgs = ((InternalEObject)exitCodes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES, null, msgs);
			if (newExitCodes != null)
				msgs = ((InternalEObject)newExitCodes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES, null, msgs);
			msgs = basicSetExitCodes(newExitCodes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES, newExitCodes, newExitCodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES:
				return basicSetExitCodes(null, msgs);
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
			case CoreV1Package.CONTAINER_RESTART_RULE__ACTION:
				return getAction();
			case CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES:
				return getExitCodes();
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
			case CoreV1Package.CONTAINER_RESTART_RULE__ACTION:
				setAction((String)newValue);
				return;
			case CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES:
				setExitCodes((ContainerRestartRuleOnExitCodes)newValue);
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
			case CoreV1Package.CONTAINER_RESTART_RULE__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES:
				setExitCodes((ContainerRestartRuleOnExitCodes)null);
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
			case CoreV1Package.CONTAINER_RESTART_RULE__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case CoreV1Package.CONTAINER_RESTART_RULE__EXIT_CODES:
				return exitCodes != null;
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
		result.append(" (action: ");
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //ContainerRestartRuleImpl
