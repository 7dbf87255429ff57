/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetCertificateRef;
import io.pilothouse.model.k8s.gateway.v1.ListenerSetTls;

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
 * An implementation of the model object '<em><b>Listener Set Tls</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetTlsImpl#getCertificateRefs <em>Certificate Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetTlsImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.ListenerSetTlsImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListenerSetTlsImpl extends MinimalEObjectImpl.Container implements ListenerSetTls {
	/**
	 * The cached value of the '{@link #getCertificateRefs() <em>Certificate Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<ListenerSetCertificateRef> certificateRefs;

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
	protected ListenerSetTlsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.LISTENER_SET_TLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListenerSetCertificateRef> getCertificateRefs() {
		if (certificateRefs == null) {
			certificateRefs = new EObjectContainmentEList<ListenerSetCertificateRef>(ListenerSetCertificateRef.class, this, GatewayV1Package.LISTENER_SET_TLS__CERTIFICATE_REFS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.LISTENER_SET_TLS__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getOptions() {
		if (options == null) {
			options = new EcoreEMap<String,String>(GatewayV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, GatewayV1Package.LISTENER_SET_TLS__OPTIONS);
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
			case GatewayV1Package.LISTENER_SET_TLS__CERTIFICATE_REFS:
				return ((InternalEList<?>)getCertificateRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.LISTENER_SET_TLS__OPTIONS:
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
			case GatewayV1Package.LISTENER_SET_TLS__CERTIFICATE_REFS:
				return getCertificateRefs();
			case GatewayV1Package.LISTENER_SET_TLS__MODE:
				return getMode();
			case GatewayV1Package.LISTENER_SET_TLS__OPTIONS:
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
			case GatewayV1Package.LISTENER_SET_TLS__CERTIFICATE_REFS:
				getCertificateRefs().clear();
				getCertificateRefs().addAll((Collection<? extends ListenerSetCertificateRef>)newValue);
				return;
			case GatewayV1Package.LISTENER_SET_TLS__MODE:
				setMode((String)newValue);
				return;
			case GatewayV1Package.LISTENER_SET_TLS__OPTIONS:
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
			case GatewayV1Package.LISTENER_SET_TLS__CERTIFICATE_REFS:
				getCertificateRefs().clear();
				return;
			case GatewayV1Package.LISTENER_SET_TLS__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case GatewayV1Package.LISTENER_SET_TLS__OPTIONS:
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
			case GatewayV1Package.LISTENER_SET_TLS__CERTIFICATE_REFS:
				return certificateRefs != null && !certificateRefs.isEmpty();
			case GatewayV1Package.LISTENER_SET_TLS__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case GatewayV1Package.LISTENER_SET_TLS__OPTIONS:
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

} //ListenerSetTlsImpl
