/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package;
import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ServerStorageVersion;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Server Storage Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl#getApiServerID <em>Api Server ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl#getDecodableVersions <em>Decodable Versions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl#getEncodingVersion <em>Encoding Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl.ServerStorageVersionImpl#getServedVersions <em>Served Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServerStorageVersionImpl extends MinimalEObjectImpl.Container implements ServerStorageVersion {
	/**
	 * The default value of the '{@link #getApiServerID() <em>Api Server ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiServerID()
	 * @generated
	 * @ordered
	 */
	protected static final String API_SERVER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiServerID() <em>Api Server ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiServerID()
	 * @generated
	 * @ordered
	 */
	protected String apiServerID = API_SERVER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecodableVersions() <em>Decodable Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecodableVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> decodableVersions;

	/**
	 * The default value of the '{@link #getEncodingVersion() <em>Encoding Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncodingVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncodingVersion() <em>Encoding Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncodingVersion()
	 * @generated
	 * @ordered
	 */
	protected String encodingVersion = ENCODING_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServedVersions() <em>Served Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServedVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> servedVersions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServerStorageVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiserverinternalV1alpha1Package.Literals.SERVER_STORAGE_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiServerID() {
		return apiServerID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiServerID(String newApiServerID) {
		String oldApiServerID = apiServerID;
		apiServerID = newApiServerID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__API_SERVER_ID, oldApiServerID, apiServerID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDecodableVersions() {
		if (decodableVersions == null) {
			decodableVersions = new EDataTypeUniqueEList<String>(String.class, this, ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__DECODABLE_VERSIONS);
		}
		return decodableVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncodingVersion() {
		return encodingVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncodingVersion(String newEncodingVersion) {
		String oldEncodingVersion = encodingVersion;
		encodingVersion = newEncodingVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__ENCODING_VERSION, oldEncodingVersion, encodingVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getServedVersions() {
		if (servedVersions == null) {
			servedVersions = new EDataTypeUniqueEList<String>(String.class, this, ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__SERVED_VERSIONS);
		}
		return servedVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__API_SERVER_ID:
				return getApiServerID();
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__DECODABLE_VERSIONS:
				return getDecodableVersions();
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__ENCODING_VERSION:
				return getEncodingVersion();
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__SERVED_VERSIONS:
				return getServedVersions();
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
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__API_SERVER_ID:
				setApiServerID((String)newValue);
				return;
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__DECODABLE_VERSIONS:
				getDecodableVersions().clear();
				getDecodableVersions().addAll((Collection<? extends String>)newValue);
				return;
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__ENCODING_VERSION:
				setEncodingVersion((String)newValue);
				return;
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__SERVED_VERSIONS:
				getServedVersions().clear();
				getServedVersions().addAll((Collection<? extends String>)newValue);
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
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__API_SERVER_ID:
				setApiServerID(API_SERVER_ID_EDEFAULT);
				return;
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__DECODABLE_VERSIONS:
				getDecodableVersions().clear();
				return;
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__ENCODING_VERSION:
				setEncodingVersion(ENCODING_VERSION_EDEFAULT);
				return;
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__SERVED_VERSIONS:
				getServedVersions().clear();
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
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__API_SERVER_ID:
				return API_SERVER_ID_EDEFAULT == null ? apiServerID != null : !API_SERVER_ID_EDEFAULT.equals(apiServerID);
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__DECODABLE_VERSIONS:
				return decodableVersions != null && !decodableVersions.isEmpty();
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__ENCODING_VERSION:
				return ENCODING_VERSION_EDEFAULT == null ? encodingVersion != null : !ENCODING_VERSION_EDEFAULT.equals(encodingVersion);
			case ApiserverinternalV1alpha1Package.SERVER_STORAGE_VERSION__SERVED_VERSIONS:
				return servedVersions != null && !servedVersions.isEmpty();
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
		result.append(" (apiServerID: ");
		result.append(apiServerID);
		result.append(", decodableVersions: ");
		result.append(decodableVersions);
		result.append(", encodingVersion: ");
		result.append(encodingVersion);
		result.append(", servedVersions: ");
		result.append(servedVersions);
		result.append(')');
		return result.toString();
	}

} //ServerStorageVersionImpl
