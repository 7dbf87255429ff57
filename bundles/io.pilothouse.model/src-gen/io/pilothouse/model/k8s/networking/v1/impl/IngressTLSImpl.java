/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.IngressTLS;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ingress TLS</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressTLSImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IngressTLSImpl#getSecretName <em>Secret Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IngressTLSImpl extends MinimalEObjectImpl.Container implements IngressTLS {
	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hosts;

	/**
	 * The default value of the '{@link #getSecretName() <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretName()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecretName() <em>Secret Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretName()
	 * @generated
	 * @ordered
	 */
	protected String secretName = SECRET_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IngressTLSImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.INGRESS_TLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHosts() {
		if (hosts == null) {
			hosts = new EDataTypeUniqueEList<String>(String.class, this, NetworkingV1Package.INGRESS_TLS__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecretName() {
		return secretName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretName(String newSecretName) {
		String oldSecretName = secretName;
		secretName = newSecretName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.INGRESS_TLS__SECRET_NAME, oldSecretName, secretName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkingV1Package.INGRESS_TLS__HOSTS:
				return getHosts();
			case NetworkingV1Package.INGRESS_TLS__SECRET_NAME:
				return getSecretName();
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
			case NetworkingV1Package.INGRESS_TLS__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends String>)newValue);
				return;
			case NetworkingV1Package.INGRESS_TLS__SECRET_NAME:
				setSecretName((String)newValue);
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
			case NetworkingV1Package.INGRESS_TLS__HOSTS:
				getHosts().clear();
				return;
			case NetworkingV1Package.INGRESS_TLS__SECRET_NAME:
				setSecretName(SECRET_NAME_EDEFAULT);
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
			case NetworkingV1Package.INGRESS_TLS__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case NetworkingV1Package.INGRESS_TLS__SECRET_NAME:
				return SECRET_NAME_EDEFAULT == null ? secretName != null : !SECRET_NAME_EDEFAULT.equals(secretName);
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
		result.append(" (hosts: ");
		result.append(hosts);
		result.append(", secretName: ");
		result.append(secretName);
		result.append(')');
		return result.toString();
	}

} //IngressTLSImpl
