/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayAllowedListeners;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpec;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecAddress;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecListener;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewaySpecTls;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

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
 * An implementation of the model object '<em><b>Gateway Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl#getAllowedListeners <em>Allowed Listeners</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl#getGatewayClassName <em>Gateway Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl#getInfrastructure <em>Infrastructure</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl#getListeners <em>Listeners</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewaySpecImpl#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewaySpecImpl extends MinimalEObjectImpl.Container implements GatewaySpec {
	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewaySpecAddress> addresses;

	/**
	 * The cached value of the '{@link #getAllowedListeners() <em>Allowed Listeners</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedListeners()
	 * @generated
	 * @ordered
	 */
	protected GatewayAllowedListeners allowedListeners;

	/**
	 * The default value of the '{@link #getGatewayClassName() <em>Gateway Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGatewayClassName() <em>Gateway Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGatewayClassName()
	 * @generated
	 * @ordered
	 */
	protected String gatewayClassName = GATEWAY_CLASS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInfrastructure() <em>Infrastructure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfrastructure()
	 * @generated
	 * @ordered
	 */
	protected GatewayInfrastructure infrastructure;

	/**
	 * The cached value of the '{@link #getListeners() <em>Listeners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeners()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewaySpecListener> listeners;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected GatewaySpecTls tls;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewaySpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewaySpecAddress> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectContainmentEList<GatewaySpecAddress>(GatewaySpecAddress.class, this, GatewayV1beta1Package.GATEWAY_SPEC__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayAllowedListeners getAllowedListeners() {
		return allowedListeners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAllowedListeners(GatewayAllowedListeners newAllowedListeners, NotificationChain msgs) {
		GatewayAllowedListeners oldAllowedListeners = allowedListeners;
		allowedListeners = newAllowedListeners;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS, oldAllowedListeners, newAllowedListeners);
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
	public void setAllowedListeners(GatewayAllowedListeners newAllowedListeners) {
		if (newAllowedListeners != allowedListeners) {
			NotificationChain msgs = null;
			if (allowedListeners != null)
				msgs = ((InternalEObject)allowedListeners).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS, null, msgs);
			if (newAllowedListeners != null)
				msgs = ((InternalEObject)newAllowedListeners).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS, null, msgs);
			msgs = basicSetAllowedListeners(newAllowedListeners, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS, newAllowedListeners, newAllowedListeners));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGatewayClassName() {
		return gatewayClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGatewayClassName(String newGatewayClassName) {
		String oldGatewayClassName = gatewayClassName;
		gatewayClassName = newGatewayClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__GATEWAY_CLASS_NAME, oldGatewayClassName, gatewayClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayInfrastructure getInfrastructure() {
		return infrastructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInfrastructure(GatewayInfrastructure newInfrastructure, NotificationChain msgs) {
		GatewayInfrastructure oldInfrastructure = infrastructure;
		infrastructure = newInfrastructure;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE, oldInfrastructure, newInfrastructure);
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
	public void setInfrastructure(GatewayInfrastructure newInfrastructure) {
		if (newInfrastructure != infrastructure) {
			NotificationChain msgs = null;
			if (infrastructure != null)
				msgs = ((InternalEObject)infrastructure).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE, null, msgs);
			if (newInfrastructure != null)
				msgs = ((InternalEObject)newInfrastructure).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE, null, msgs);
			msgs = basicSetInfrastructure(newInfrastructure, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE, newInfrastructure, newInfrastructure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewaySpecListener> getListeners() {
		if (listeners == null) {
			listeners = new EObjectContainmentEList<GatewaySpecListener>(GatewaySpecListener.class, this, GatewayV1beta1Package.GATEWAY_SPEC__LISTENERS);
		}
		return listeners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewaySpecTls getTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTls(GatewaySpecTls newTls, NotificationChain msgs) {
		GatewaySpecTls oldTls = tls;
		tls = newTls;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__TLS, oldTls, newTls);
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
	public void setTls(GatewaySpecTls newTls) {
		if (newTls != tls) {
			NotificationChain msgs = null;
			if (tls != null)
				msgs = ((InternalEObject)tls).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC__TLS, null, msgs);
			if (newTls != null)
				msgs = ((InternalEObject)newTls).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_SPEC__TLS, null, msgs);
			msgs = basicSetTls(newTls, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_SPEC__TLS, newTls, newTls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_SPEC__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS:
				return basicSetAllowedListeners(null, msgs);
			case GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE:
				return basicSetInfrastructure(null, msgs);
			case GatewayV1beta1Package.GATEWAY_SPEC__LISTENERS:
				return ((InternalEList<?>)getListeners()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.GATEWAY_SPEC__TLS:
				return basicSetTls(null, msgs);
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
			case GatewayV1beta1Package.GATEWAY_SPEC__ADDRESSES:
				return getAddresses();
			case GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS:
				return getAllowedListeners();
			case GatewayV1beta1Package.GATEWAY_SPEC__GATEWAY_CLASS_NAME:
				return getGatewayClassName();
			case GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE:
				return getInfrastructure();
			case GatewayV1beta1Package.GATEWAY_SPEC__LISTENERS:
				return getListeners();
			case GatewayV1beta1Package.GATEWAY_SPEC__TLS:
				return getTls();
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
			case GatewayV1beta1Package.GATEWAY_SPEC__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends GatewaySpecAddress>)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS:
				setAllowedListeners((GatewayAllowedListeners)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__GATEWAY_CLASS_NAME:
				setGatewayClassName((String)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE:
				setInfrastructure((GatewayInfrastructure)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__LISTENERS:
				getListeners().clear();
				getListeners().addAll((Collection<? extends GatewaySpecListener>)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__TLS:
				setTls((GatewaySpecTls)newValue);
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
			case GatewayV1beta1Package.GATEWAY_SPEC__ADDRESSES:
				getAddresses().clear();
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS:
				setAllowedListeners((GatewayAllowedListeners)null);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__GATEWAY_CLASS_NAME:
				setGatewayClassName(GATEWAY_CLASS_NAME_EDEFAULT);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE:
				setInfrastructure((GatewayInfrastructure)null);
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__LISTENERS:
				getListeners().clear();
				return;
			case GatewayV1beta1Package.GATEWAY_SPEC__TLS:
				setTls((GatewaySpecTls)null);
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
			case GatewayV1beta1Package.GATEWAY_SPEC__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case GatewayV1beta1Package.GATEWAY_SPEC__ALLOWED_LISTENERS:
				return allowedListeners != null;
			case GatewayV1beta1Package.GATEWAY_SPEC__GATEWAY_CLASS_NAME:
				return GATEWAY_CLASS_NAME_EDEFAULT == null ? gatewayClassName != null : !GATEWAY_CLASS_NAME_EDEFAULT.equals(gatewayClassName);
			case GatewayV1beta1Package.GATEWAY_SPEC__INFRASTRUCTURE:
				return infrastructure != null;
			case GatewayV1beta1Package.GATEWAY_SPEC__LISTENERS:
				return listeners != null && !listeners.isEmpty();
			case GatewayV1beta1Package.GATEWAY_SPEC__TLS:
				return tls != null;
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
		result.append(" (gatewayClassName: ");
		result.append(gatewayClassName);
		result.append(')');
		return result.toString();
	}

} //GatewaySpecImpl
