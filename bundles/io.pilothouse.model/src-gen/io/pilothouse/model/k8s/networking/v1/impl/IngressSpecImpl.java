/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.IngressBackend;
import io.pilothouse.model.k8s.networking.v1.IngressRule;
import io.pilothouse.model.k8s.networking.v1.IngressSpec;
import io.pilothouse.model.k8s.networking.v1.IngressTLS;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

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
 * An implementation of the model object '<em><b>Ingress Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl#getDefaultBackend <em>Default Backend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl#getIngressClassName <em>Ingress Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressSpecImpl#getTls <em>Tls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IngressSpecImpl extends MinimalEObjectImpl.Container implements IngressSpec {
	/**
	 * The cached value of the '{@link #getDefaultBackend() <em>Default Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultBackend()
	 * @generated
	 * @ordered
	 */
	protected IngressBackend defaultBackend;

	/**
	 * The default value of the '{@link #getIngressClassName() <em>Ingress Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIngressClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String INGRESS_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIngressClassName() <em>Ingress Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIngressClassName()
	 * @generated
	 * @ordered
	 */
	protected String ingressClassName = INGRESS_CLASS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<IngressRule> rules;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected EList<IngressTLS> tls;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IngressSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.INGRESS_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressBackend getDefaultBackend() {
		return defaultBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefaultBackend(IngressBackend newDefaultBackend, NotificationChain msgs) {
		IngressBackend oldDefaultBackend = defaultBackend;
		defaultBackend = newDefaultBackend;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND, oldDefaultBackend, newDefaultBackend);
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
	public void setDefaultBackend(IngressBackend newDefaultBackend) {
		if (newDefaultBackend != defaultBackend) {
			NotificationChain msgs = null;
			if (defaultBackend != null)
				msgs = ((InternalEObject)defaultBackend).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND, null, msgs);
			if (newDefaultBackend != null)
				msgs = ((InternalEObject)newDefaultBackend).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND, null, msgs);
			msgs = basicSetDefaultBackend(newDefaultBackend, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND, newDefaultBackend, newDefaultBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIngressClassName() {
		return ingressClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIngressClassName(String newIngressClassName) {
		String oldIngressClassName = ingressClassName;
		ingressClassName = newIngressClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.INGRESS_SPEC__INGRESS_CLASS_NAME, oldIngressClassName, ingressClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IngressRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<IngressRule>(IngressRule.class, this, NetworkingV1Package.INGRESS_SPEC__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IngressTLS> getTls() {
		if (tls == null) {
			tls = new EObjectContainmentEList<IngressTLS>(IngressTLS.class, this, NetworkingV1Package.INGRESS_SPEC__TLS);
		}
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND:
				return basicSetDefaultBackend(null, msgs);
			case NetworkingV1Package.INGRESS_SPEC__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
			case NetworkingV1Package.INGRESS_SPEC__TLS:
				return ((InternalEList<?>)getTls()).basicRemove(otherEnd, msgs);
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
			case NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND:
				return getDefaultBackend();
			case NetworkingV1Package.INGRESS_SPEC__INGRESS_CLASS_NAME:
				return getIngressClassName();
			case NetworkingV1Package.INGRESS_SPEC__RULES:
				return getRules();
			case NetworkingV1Package.INGRESS_SPEC__TLS:
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
			case NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND:
				setDefaultBackend((IngressBackend)newValue);
				return;
			case NetworkingV1Package.INGRESS_SPEC__INGRESS_CLASS_NAME:
				setIngressClassName((String)newValue);
				return;
			case NetworkingV1Package.INGRESS_SPEC__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends IngressRule>)newValue);
				return;
			case NetworkingV1Package.INGRESS_SPEC__TLS:
				getTls().clear();
				getTls().addAll((Collection<? extends IngressTLS>)newValue);
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
			case NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND:
				setDefaultBackend((IngressBackend)null);
				return;
			case NetworkingV1Package.INGRESS_SPEC__INGRESS_CLASS_NAME:
				setIngressClassName(INGRESS_CLASS_NAME_EDEFAULT);
				return;
			case NetworkingV1Package.INGRESS_SPEC__RULES:
				getRules().clear();
				return;
			case NetworkingV1Package.INGRESS_SPEC__TLS:
				getTls().clear();
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
			case NetworkingV1Package.INGRESS_SPEC__DEFAULT_BACKEND:
				return defaultBackend != null;
			case NetworkingV1Package.INGRESS_SPEC__INGRESS_CLASS_NAME:
				return INGRESS_CLASS_NAME_EDEFAULT == null ? ingressClassName != null : !INGRESS_CLASS_NAME_EDEFAULT.equals(ingressClassName);
			case NetworkingV1Package.INGRESS_SPEC__RULES:
				return rules != null && !rules.isEmpty();
			case NetworkingV1Package.INGRESS_SPEC__TLS:
				return tls != null && !tls.isEmpty();
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
		result.append(" (ingressClassName: ");
		result.append(ingressClassName);
		result.append(')');
		return result.toString();
	}

} //IngressSpecImpl
