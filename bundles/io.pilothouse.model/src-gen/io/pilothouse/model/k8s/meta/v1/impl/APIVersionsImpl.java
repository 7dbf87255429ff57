/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.APIVersions;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ServerAddressByClientCIDR;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>API Versions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl#getServerAddressByClientCIDRs <em>Server Address By Client CID Rs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIVersionsImpl#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class APIVersionsImpl extends MinimalEObjectImpl.Container implements APIVersions {
	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServerAddressByClientCIDRs() <em>Server Address By Client CID Rs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerAddressByClientCIDRs()
	 * @generated
	 * @ordered
	 */
	protected EList<ServerAddressByClientCIDR> serverAddressByClientCIDRs;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> versions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected APIVersionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.API_VERSIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_VERSIONS__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_VERSIONS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServerAddressByClientCIDR> getServerAddressByClientCIDRs() {
		if (serverAddressByClientCIDRs == null) {
			serverAddressByClientCIDRs = new EObjectContainmentEList<ServerAddressByClientCIDR>(ServerAddressByClientCIDR.class, this, MetaV1Package.API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS);
		}
		return serverAddressByClientCIDRs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVersions() {
		if (versions == null) {
			versions = new EDataTypeUniqueEList<String>(String.class, this, MetaV1Package.API_VERSIONS__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MetaV1Package.API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				return ((InternalEList<?>)getServerAddressByClientCIDRs()).basicRemove(otherEnd, msgs);
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
			case MetaV1Package.API_VERSIONS__API_VERSION:
				return getApiVersion();
			case MetaV1Package.API_VERSIONS__KIND:
				return getKind();
			case MetaV1Package.API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				return getServerAddressByClientCIDRs();
			case MetaV1Package.API_VERSIONS__VERSIONS:
				return getVersions();
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
			case MetaV1Package.API_VERSIONS__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case MetaV1Package.API_VERSIONS__KIND:
				setKind((String)newValue);
				return;
			case MetaV1Package.API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				getServerAddressByClientCIDRs().clear();
				getServerAddressByClientCIDRs().addAll((Collection<? extends ServerAddressByClientCIDR>)newValue);
				return;
			case MetaV1Package.API_VERSIONS__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends String>)newValue);
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
			case MetaV1Package.API_VERSIONS__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case MetaV1Package.API_VERSIONS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MetaV1Package.API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				getServerAddressByClientCIDRs().clear();
				return;
			case MetaV1Package.API_VERSIONS__VERSIONS:
				getVersions().clear();
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
			case MetaV1Package.API_VERSIONS__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case MetaV1Package.API_VERSIONS__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MetaV1Package.API_VERSIONS__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				return serverAddressByClientCIDRs != null && !serverAddressByClientCIDRs.isEmpty();
			case MetaV1Package.API_VERSIONS__VERSIONS:
				return versions != null && !versions.isEmpty();
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", kind: ");
		result.append(kind);
		result.append(", versions: ");
		result.append(versions);
		result.append(')');
		return result.toString();
	}

} //APIVersionsImpl
