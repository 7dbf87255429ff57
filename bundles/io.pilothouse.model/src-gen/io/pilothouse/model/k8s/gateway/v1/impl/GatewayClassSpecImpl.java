/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayClassParametersRef;
import io.pilothouse.model.k8s.gateway.v1.GatewayClassSpec;
import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Class Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayClassSpecImpl#getControllerName <em>Controller Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayClassSpecImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.GatewayClassSpecImpl#getParametersRef <em>Parameters Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayClassSpecImpl extends MinimalEObjectImpl.Container implements GatewayClassSpec {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParametersRef() <em>Parameters Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParametersRef()
	 * @generated
	 * @ordered
	 */
	protected GatewayClassParametersRef parametersRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayClassSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.GATEWAY_CLASS_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_CLASS_SPEC__CONTROLLER_NAME, oldControllerName, controllerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_CLASS_SPEC__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayClassParametersRef getParametersRef() {
		return parametersRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParametersRef(GatewayClassParametersRef newParametersRef, NotificationChain msgs) {
		GatewayClassParametersRef oldParametersRef = parametersRef;
		parametersRef = newParametersRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF, oldParametersRef, newParametersRef);
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
	public void setParametersRef(GatewayClassParametersRef newParametersRef) {
		if (newParametersRef != parametersRef) {
			NotificationChain msgs = null;
			if (parametersRef != null)
				msgs = ((InternalEObject)parametersRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF, null, msgs);
			if (newParametersRef != null)
				msgs = ((InternalEObject)newParametersRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF, null, msgs);
			msgs = basicSetParametersRef(newParametersRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF, newParametersRef, newParametersRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF:
				return basicSetParametersRef(null, msgs);
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
			case GatewayV1Package.GATEWAY_CLASS_SPEC__CONTROLLER_NAME:
				return getControllerName();
			case GatewayV1Package.GATEWAY_CLASS_SPEC__DESCRIPTION:
				return getDescription();
			case GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF:
				return getParametersRef();
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
			case GatewayV1Package.GATEWAY_CLASS_SPEC__CONTROLLER_NAME:
				setControllerName((String)newValue);
				return;
			case GatewayV1Package.GATEWAY_CLASS_SPEC__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF:
				setParametersRef((GatewayClassParametersRef)newValue);
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
			case GatewayV1Package.GATEWAY_CLASS_SPEC__CONTROLLER_NAME:
				setControllerName(CONTROLLER_NAME_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_CLASS_SPEC__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF:
				setParametersRef((GatewayClassParametersRef)null);
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
			case GatewayV1Package.GATEWAY_CLASS_SPEC__CONTROLLER_NAME:
				return CONTROLLER_NAME_EDEFAULT == null ? controllerName != null : !CONTROLLER_NAME_EDEFAULT.equals(controllerName);
			case GatewayV1Package.GATEWAY_CLASS_SPEC__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GatewayV1Package.GATEWAY_CLASS_SPEC__PARAMETERS_REF:
				return parametersRef != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //GatewayClassSpecImpl
