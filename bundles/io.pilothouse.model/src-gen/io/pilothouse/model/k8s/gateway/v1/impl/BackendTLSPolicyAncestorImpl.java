/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicyAncestor;
import io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicyAncestorRef;
import io.pilothouse.model.k8s.gateway.v1.BackendTLSPolicyCondition;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

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
 * An implementation of the model object '<em><b>Backend TLS Policy Ancestor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.BackendTLSPolicyAncestorImpl#getAncestorRef <em>Ancestor Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.BackendTLSPolicyAncestorImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.BackendTLSPolicyAncestorImpl#getControllerName <em>Controller Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendTLSPolicyAncestorImpl extends MinimalEObjectImpl.Container implements BackendTLSPolicyAncestor {
	/**
	 * The cached value of the '{@link #getAncestorRef() <em>Ancestor Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAncestorRef()
	 * @generated
	 * @ordered
	 */
	protected BackendTLSPolicyAncestorRef ancestorRef;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<BackendTLSPolicyCondition> conditions;

	/**
	 * The default value of the '{@link #getControllerName() <em>Controller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerName()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROLLER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getControllerName() <em>Controller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerName()
	 * @generated
	 * @ordered
	 */
	protected String controllerName = CONTROLLER_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendTLSPolicyAncestorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.BACKEND_TLS_POLICY_ANCESTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendTLSPolicyAncestorRef getAncestorRef() {
		return ancestorRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAncestorRef(BackendTLSPolicyAncestorRef newAncestorRef, NotificationChain msgs) {
		BackendTLSPolicyAncestorRef oldAncestorRef = ancestorRef;
		ancestorRef = newAncestorRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF, oldAncestorRef, newAncestorRef);
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
	public void setAncestorRef(BackendTLSPolicyAncestorRef newAncestorRef) {
		if (newAncestorRef != ancestorRef) {
			NotificationChain msgs = null;
			if (ancestorRef != null)
				msgs = ((InternalEObject)ancestorRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF, null, msgs);
			if (newAncestorRef != null)
				msgs = ((InternalEObject)newAncestorRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF, null, msgs);
			msgs = basicSetAncestorRef(newAncestorRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF, newAncestorRef, newAncestorRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BackendTLSPolicyCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<BackendTLSPolicyCondition>(BackendTLSPolicyCondition.class, this, GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getControllerName() {
		return controllerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControllerName(String newControllerName) {
		String oldControllerName = controllerName;
		controllerName = newControllerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME, oldControllerName, controllerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF:
				return basicSetAncestorRef(null, msgs);
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS:
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
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF:
				return getAncestorRef();
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS:
				return getConditions();
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME:
				return getControllerName();
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
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF:
				setAncestorRef((BackendTLSPolicyAncestorRef)newValue);
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends BackendTLSPolicyCondition>)newValue);
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME:
				setControllerName((String)newValue);
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
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF:
				setAncestorRef((BackendTLSPolicyAncestorRef)null);
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS:
				getConditions().clear();
				return;
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME:
				setControllerName(CONTROLLER_NAME_EDEFAULT);
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
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__ANCESTOR_REF:
				return ancestorRef != null;
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case GatewayV1Package.BACKEND_TLS_POLICY_ANCESTOR__CONTROLLER_NAME:
				return CONTROLLER_NAME_EDEFAULT == null ? controllerName != null : !CONTROLLER_NAME_EDEFAULT.equals(controllerName);
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
		result.append(" (controllerName: ");
		result.append(controllerName);
		result.append(')');
		return result.toString();
	}

} //BackendTLSPolicyAncestorImpl
