/**
 */
package io.pilothouse.model.k8s.gateway.v1alpha3.impl;

import io.pilothouse.model.k8s.gateway.v1alpha3.BackendTLSPolicySubjectAltName;
import io.pilothouse.model.k8s.gateway.v1alpha3.GatewayV1alpha3Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backend TLS Policy Subject Alt Name</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1alpha3.impl.BackendTLSPolicySubjectAltNameImpl#getUri <em>Uri</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendTLSPolicySubjectAltNameImpl extends MinimalEObjectImpl.Container implements BackendTLSPolicySubjectAltName {
	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

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
	 * The default value of the '{@link #getUri() <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUri()
	 * @generated
	 * @ordered
	 */
	protected static final String URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUri() <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUri()
	 * @generated
	 * @ordered
	 */
	protected String uri = URI_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendTLSPolicySubjectAltNameImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1alpha3Package.Literals.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME, oldHostname, hostname));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUri() {
		return uri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUri(String newUri) {
		String oldUri = uri;
		uri = newUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI, oldUri, uri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME:
				return getHostname();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE:
				return getType();
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI:
				return getUri();
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME:
				setHostname((String)newValue);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE:
				setType((String)newValue);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI:
				setUri((String)newValue);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI:
				setUri(URI_EDEFAULT);
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
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case GatewayV1alpha3Package.BACKEND_TLS_POLICY_SUBJECT_ALT_NAME__URI:
				return URI_EDEFAULT == null ? uri != null : !URI_EDEFAULT.equals(uri);
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
		result.append(" (hostname: ");
		result.append(hostname);
		result.append(", type: ");
		result.append(type);
		result.append(", uri: ");
		result.append(uri);
		result.append(')');
		return result.toString();
	}

} //BackendTLSPolicySubjectAltNameImpl
