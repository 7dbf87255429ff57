/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.TCPRouteCondition;
import io.pilothouse.model.k8s.gateway.v1.TCPRouteParent;
import io.pilothouse.model.k8s.gateway.v1.TCPRouteParentRef;

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
 * An implementation of the model object '<em><b>TCP Route Parent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.TCPRouteParentImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.TCPRouteParentImpl#getControllerName <em>Controller Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.TCPRouteParentImpl#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TCPRouteParentImpl extends MinimalEObjectImpl.Container implements TCPRouteParent {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<TCPRouteCondition> conditions;

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
	 * The cached value of the '{@link #getParentRef() <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRef()
	 * @generated
	 * @ordered
	 */
	protected TCPRouteParentRef parentRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TCPRouteParentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.TCP_ROUTE_PARENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TCPRouteCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<TCPRouteCondition>(TCPRouteCondition.class, this, GatewayV1Package.TCP_ROUTE_PARENT__CONDITIONS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.TCP_ROUTE_PARENT__CONTROLLER_NAME, oldControllerName, controllerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TCPRouteParentRef getParentRef() {
		return parentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentRef(TCPRouteParentRef newParentRef, NotificationChain msgs) {
		TCPRouteParentRef oldParentRef = parentRef;
		parentRef = newParentRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF, oldParentRef, newParentRef);
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
	public void setParentRef(TCPRouteParentRef newParentRef) {
		if (newParentRef != parentRef) {
			NotificationChain msgs = null;
			if (parentRef != null)
				msgs = ((InternalEObject)parentRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF, null, msgs);
			if (newParentRef != null)
				msgs = ((InternalEObject)newParentRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF, null, msgs);
			msgs = basicSetParentRef(newParentRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF, newParentRef, newParentRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.TCP_ROUTE_PARENT__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF:
				return basicSetParentRef(null, msgs);
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
			case GatewayV1Package.TCP_ROUTE_PARENT__CONDITIONS:
				return getConditions();
			case GatewayV1Package.TCP_ROUTE_PARENT__CONTROLLER_NAME:
				return getControllerName();
			case GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF:
				return getParentRef();
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
			case GatewayV1Package.TCP_ROUTE_PARENT__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends TCPRouteCondition>)newValue);
				return;
			case GatewayV1Package.TCP_ROUTE_PARENT__CONTROLLER_NAME:
				setControllerName((String)newValue);
				return;
			case GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF:
				setParentRef((TCPRouteParentRef)newValue);
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
			case GatewayV1Package.TCP_ROUTE_PARENT__CONDITIONS:
				getConditions().clear();
				return;
			case GatewayV1Package.TCP_ROUTE_PARENT__CONTROLLER_NAME:
				setControllerName(CONTROLLER_NAME_EDEFAULT);
				return;
			case GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF:
				setParentRef((TCPRouteParentRef)null);
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
			case GatewayV1Package.TCP_ROUTE_PARENT__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case GatewayV1Package.TCP_ROUTE_PARENT__CONTROLLER_NAME:
				return CONTROLLER_NAME_EDEFAULT == null ? controllerName != null : !CONTROLLER_NAME_EDEFAULT.equals(controllerName);
			case GatewayV1Package.TCP_ROUTE_PARENT__PARENT_REF:
				return parentRef != null;
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

} //TCPRouteParentImpl
