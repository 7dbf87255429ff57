/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.APIResource;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>API Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getNamespaced <em>Namespaced</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getShortNames <em>Short Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getSingularName <em>Singular Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getStorageVersionHash <em>Storage Version Hash</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getVerbs <em>Verbs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.APIResourceImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class APIResourceImpl extends MinimalEObjectImpl.Container implements APIResource {
	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<String> categories;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

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
	 * The default value of the '{@link #getNamespaced() <em>Namespaced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaced()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean NAMESPACED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamespaced() <em>Namespaced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaced()
	 * @generated
	 * @ordered
	 */
	protected Boolean namespaced = NAMESPACED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getShortNames() <em>Short Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> shortNames;

	/**
	 * The default value of the '{@link #getSingularName() <em>Singular Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingularName()
	 * @generated
	 * @ordered
	 */
	protected static final String SINGULAR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSingularName() <em>Singular Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingularName()
	 * @generated
	 * @ordered
	 */
	protected String singularName = SINGULAR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageVersionHash() <em>Storage Version Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageVersionHash()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_VERSION_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageVersionHash() <em>Storage Version Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageVersionHash()
	 * @generated
	 * @ordered
	 */
	protected String storageVersionHash = STORAGE_VERSION_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerbs() <em>Verbs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerbs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> verbs;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected APIResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.API_RESOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCategories() {
		if (categories == null) {
			categories = new EDataTypeUniqueEList<String>(String.class, this, MetaV1Package.API_RESOURCE__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__GROUP, oldGroup, group));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getNamespaced() {
		return namespaced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespaced(Boolean newNamespaced) {
		Boolean oldNamespaced = namespaced;
		namespaced = newNamespaced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__NAMESPACED, oldNamespaced, namespaced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getShortNames() {
		if (shortNames == null) {
			shortNames = new EDataTypeUniqueEList<String>(String.class, this, MetaV1Package.API_RESOURCE__SHORT_NAMES);
		}
		return shortNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSingularName() {
		return singularName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingularName(String newSingularName) {
		String oldSingularName = singularName;
		singularName = newSingularName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__SINGULAR_NAME, oldSingularName, singularName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageVersionHash() {
		return storageVersionHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageVersionHash(String newStorageVersionHash) {
		String oldStorageVersionHash = storageVersionHash;
		storageVersionHash = newStorageVersionHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__STORAGE_VERSION_HASH, oldStorageVersionHash, storageVersionHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVerbs() {
		if (verbs == null) {
			verbs = new EDataTypeUniqueEList<String>(String.class, this, MetaV1Package.API_RESOURCE__VERBS);
		}
		return verbs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.API_RESOURCE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MetaV1Package.API_RESOURCE__CATEGORIES:
				return getCategories();
			case MetaV1Package.API_RESOURCE__GROUP:
				return getGroup();
			case MetaV1Package.API_RESOURCE__KIND:
				return getKind();
			case MetaV1Package.API_RESOURCE__NAME:
				return getName();
			case MetaV1Package.API_RESOURCE__NAMESPACED:
				return getNamespaced();
			case MetaV1Package.API_RESOURCE__SHORT_NAMES:
				return getShortNames();
			case MetaV1Package.API_RESOURCE__SINGULAR_NAME:
				return getSingularName();
			case MetaV1Package.API_RESOURCE__STORAGE_VERSION_HASH:
				return getStorageVersionHash();
			case MetaV1Package.API_RESOURCE__VERBS:
				return getVerbs();
			case MetaV1Package.API_RESOURCE__VERSION:
				return getVersion();
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
			case MetaV1Package.API_RESOURCE__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends String>)newValue);
				return;
			case MetaV1Package.API_RESOURCE__GROUP:
				setGroup((String)newValue);
				return;
			case MetaV1Package.API_RESOURCE__KIND:
				setKind((String)newValue);
				return;
			case MetaV1Package.API_RESOURCE__NAME:
				setName((String)newValue);
				return;
			case MetaV1Package.API_RESOURCE__NAMESPACED:
				setNamespaced((Boolean)newValue);
				return;
			case MetaV1Package.API_RESOURCE__SHORT_NAMES:
				getShortNames().clear();
				getShortNames().addAll((Collection<? extends String>)newValue);
				return;
			case MetaV1Package.API_RESOURCE__SINGULAR_NAME:
				setSingularName((String)newValue);
				return;
			case MetaV1Package.API_RESOURCE__STORAGE_VERSION_HASH:
				setStorageVersionHash((String)newValue);
				return;
			case MetaV1Package.API_RESOURCE__VERBS:
				getVerbs().clear();
				getVerbs().addAll((Collection<? extends String>)newValue);
				return;
			case MetaV1Package.API_RESOURCE__VERSION:
				setVersion((String)newValue);
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
			case MetaV1Package.API_RESOURCE__CATEGORIES:
				getCategories().clear();
				return;
			case MetaV1Package.API_RESOURCE__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case MetaV1Package.API_RESOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MetaV1Package.API_RESOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MetaV1Package.API_RESOURCE__NAMESPACED:
				setNamespaced(NAMESPACED_EDEFAULT);
				return;
			case MetaV1Package.API_RESOURCE__SHORT_NAMES:
				getShortNames().clear();
				return;
			case MetaV1Package.API_RESOURCE__SINGULAR_NAME:
				setSingularName(SINGULAR_NAME_EDEFAULT);
				return;
			case MetaV1Package.API_RESOURCE__STORAGE_VERSION_HASH:
				setStorageVersionHash(STORAGE_VERSION_HASH_EDEFAULT);
				return;
			case MetaV1Package.API_RESOURCE__VERBS:
				getVerbs().clear();
				return;
			case MetaV1Package.API_RESOURCE__VERSION:
				setVersion(VERSION_EDEFAULT);
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
			case MetaV1Package.API_RESOURCE__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case MetaV1Package.API_RESOURCE__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case MetaV1Package.API_RESOURCE__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MetaV1Package.API_RESOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MetaV1Package.API_RESOURCE__NAMESPACED:
				return NAMESPACED_EDEFAULT == null ? namespaced != null : !NAMESPACED_EDEFAULT.equals(namespaced);
			case MetaV1Package.API_RESOURCE__SHORT_NAMES:
				return shortNames != null && !shortNames.isEmpty();
			case MetaV1Package.API_RESOURCE__SINGULAR_NAME:
				return SINGULAR_NAME_EDEFAULT == null ? singularName != null : !SINGULAR_NAME_EDEFAULT.equals(singularName);
			case MetaV1Package.API_RESOURCE__STORAGE_VERSION_HASH:
				return STORAGE_VERSION_HASH_EDEFAULT == null ? storageVersionHash != null : !STORAGE_VERSION_HASH_EDEFAULT.equals(storageVersionHash);
			case MetaV1Package.API_RESOURCE__VERBS:
				return verbs != null && !verbs.isEmpty();
			case MetaV1Package.API_RESOURCE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
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
		result.append(" (categories: ");
		result.append(categories);
		result.append(", group: ");
		result.append(group);
		result.append(", kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", namespaced: ");
		result.append(namespaced);
		result.append(", shortNames: ");
		result.append(shortNames);
		result.append(", singularName: ");
		result.append(singularName);
		result.append(", storageVersionHash: ");
		result.append(storageVersionHash);
		result.append(", verbs: ");
		result.append(verbs);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //APIResourceImpl
