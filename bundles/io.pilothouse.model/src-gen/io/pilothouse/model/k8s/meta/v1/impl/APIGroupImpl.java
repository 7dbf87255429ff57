/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.APIGroup;
import io.pilothouse.model.k8s.meta.v1.GroupVersionForDiscovery;
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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>API Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl#getPreferredVersion <em>Preferred Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl#getServerAddressByClientCIDRs <em>Server Address By Client CID Rs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIGroupImpl#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class APIGroupImpl extends MinimalEObjectImpl.Container implements APIGroup {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreferredVersion() <em>Preferred Version</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredVersion()
	 * @generated
	 * @ordered
	 */
	protected GroupVersionForDiscovery preferredVersion;

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
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupVersionForDiscovery> versions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected APIGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.API_GROUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_GROUP__API_VERSION, oldApiVersion, apiVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_GROUP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_GROUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupVersionForDiscovery getPreferredVersion() {
		return preferredVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreferredVersion(GroupVersionForDiscovery newPreferredVersion, NotificationChain msgs) {
		GroupVersionForDiscovery oldPreferredVersion = preferredVersion;
		preferredVersion = newPreferredVersion;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MetaV1Package.API_GROUP__PREFERRED_VERSION, oldPreferredVersion, newPreferredVersion);
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
	public void setPreferredVersion(GroupVersionForDiscovery newPreferredVersion) {
		if (newPreferredVersion != preferredVersion) {
			NotificationChain msgs = null;
			if (preferredVersion != null)
				msgs = ((InternalEObject)preferredVersion).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MetaV1Package.API_GROUP__PREFERRED_VERSION, null, msgs);
			if (newPreferredVersion != null)
				msgs = ((InternalEObject)newPreferredVersion).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MetaV1Package.API_GROUP__PREFERRED_VERSION, null, msgs);
			msgs = basicSetPreferredVersion(newPreferredVersion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_GROUP__PREFERRED_VERSION, newPreferredVersion, newPreferredVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServerAddressByClientCIDR> getServerAddressByClientCIDRs() {
		if (serverAddressByClientCIDRs == null) {
			serverAddressByClientCIDRs = new EObjectContainmentEList<ServerAddressByClientCIDR>(ServerAddressByClientCIDR.class, this, MetaV1Package.API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS);
		}
		return serverAddressByClientCIDRs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupVersionForDiscovery> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentEList<GroupVersionForDiscovery>(GroupVersionForDiscovery.class, this, MetaV1Package.API_GROUP__VERSIONS);
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
			case MetaV1Package.API_GROUP__PREFERRED_VERSION:
				return basicSetPreferredVersion(null, msgs);
			case MetaV1Package.API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				return ((InternalEList<?>)getServerAddressByClientCIDRs()).basicRemove(otherEnd, msgs);
			case MetaV1Package.API_GROUP__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
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
			case MetaV1Package.API_GROUP__API_VERSION:
				return getApiVersion();
			case MetaV1Package.API_GROUP__KIND:
				return getKind();
			case MetaV1Package.API_GROUP__NAME:
				return getName();
			case MetaV1Package.API_GROUP__PREFERRED_VERSION:
				return getPreferredVersion();
			case MetaV1Package.API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				return getServerAddressByClientCIDRs();
			case MetaV1Package.API_GROUP__VERSIONS:
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
			case MetaV1Package.API_GROUP__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case MetaV1Package.API_GROUP__KIND:
				setKind((String)newValue);
				return;
			case MetaV1Package.API_GROUP__NAME:
				setName((String)newValue);
				return;
			case MetaV1Package.API_GROUP__PREFERRED_VERSION:
				setPreferredVersion((GroupVersionForDiscovery)newValue);
				return;
			case MetaV1Package.API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				getServerAddressByClientCIDRs().clear();
				getServerAddressByClientCIDRs().addAll((Collection<? extends ServerAddressByClientCIDR>)newValue);
				return;
			case MetaV1Package.API_GROUP__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends GroupVersionForDiscovery>)newValue);
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
			case MetaV1Package.API_GROUP__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case MetaV1Package.API_GROUP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MetaV1Package.API_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MetaV1Package.API_GROUP__PREFERRED_VERSION:
				setPreferredVersion((GroupVersionForDiscovery)null);
				return;
			case MetaV1Package.API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				getServerAddressByClientCIDRs().clear();
				return;
			case MetaV1Package.API_GROUP__VERSIONS:
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
			case MetaV1Package.API_GROUP__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case MetaV1Package.API_GROUP__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MetaV1Package.API_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MetaV1Package.API_GROUP__PREFERRED_VERSION:
				return preferredVersion != null;
			case MetaV1Package.API_GROUP__SERVER_ADDRESS_BY_CLIENT_CID_RS:
				return serverAddressByClientCIDRs != null && !serverAddressByClientCIDRs.isEmpty();
			case MetaV1Package.API_GROUP__VERSIONS:
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
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //APIGroupImpl
