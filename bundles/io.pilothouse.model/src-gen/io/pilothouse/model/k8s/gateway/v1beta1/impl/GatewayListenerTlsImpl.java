/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayCertificateRef;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayListenerTls;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Listener Tls</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl#getCertificateRefs <em>Certificate Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayListenerTlsImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayListenerTlsImpl extends MinimalEObjectImpl.Container implements GatewayListenerTls {
	/**
	 * The cached value of the '{@link #getCertificateRefs() <em>Certificate Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<GatewayCertificateRef> certificateRefs;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final String MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected String mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> options;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayListenerTlsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_LISTENER_TLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GatewayCertificateRef> getCertificateRefs() {
		if (certificateRefs == null) {
			certificateRefs = new EObjectContainmentEList<GatewayCertificateRef>(GatewayCertificateRef.class, this, GatewayV1beta1Package.GATEWAY_LISTENER_TLS__CERTIFICATE_REFS);
		}
		return certificateRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(String newMode) {
		String oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_LISTENER_TLS__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getOptions() {
		if (options == null) {
			options = new EcoreEMap<String,String>(GatewayV1beta1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, GatewayV1beta1Package.GATEWAY_LISTENER_TLS__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__CERTIFICATE_REFS:
				return ((InternalEList<?>)getCertificateRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
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
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__CERTIFICATE_REFS:
				return getCertificateRefs();
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__MODE:
				return getMode();
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__OPTIONS:
				if (coreType) return getOptions();
				else return getOptions().map();
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
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__CERTIFICATE_REFS:
				getCertificateRefs().clear();
				getCertificateRefs().addAll((Collection<? extends GatewayCertificateRef>)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__MODE:
				setMode((String)newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__OPTIONS:
				((EStructuralFeature.Setting)getOptions()).set(newValue);
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
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__CERTIFICATE_REFS:
				getCertificateRefs().clear();
				return;
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__OPTIONS:
				getOptions().clear();
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
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__CERTIFICATE_REFS:
				return certificateRefs != null && !certificateRefs.isEmpty();
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case GatewayV1beta1Package.GATEWAY_LISTENER_TLS__OPTIONS:
				return options != null && !options.isEmpty();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //GatewayListenerTlsImpl
