/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Resource Definition Names</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl#getListKind <em>List Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl#getPlural <em>Plural</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl#getShortNames <em>Short Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionNamesImpl#getSingular <em>Singular</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceDefinitionNamesImpl extends MinimalEObjectImpl.Container implements CustomResourceDefinitionNames {
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
	 * The default value of the '{@link #getListKind() <em>List Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListKind()
	 * @generated
	 * @ordered
	 */
	protected static final String LIST_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListKind() <em>List Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListKind()
	 * @generated
	 * @ordered
	 */
	protected String listKind = LIST_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlural() <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlural()
	 * @generated
	 * @ordered
	 */
	protected static final String PLURAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlural() <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlural()
	 * @generated
	 * @ordered
	 */
	protected String plural = PLURAL_EDEFAULT;

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
	 * The default value of the '{@link #getSingular() <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingular()
	 * @generated
	 * @ordered
	 */
	protected static final String SINGULAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSingular() <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingular()
	 * @generated
	 * @ordered
	 */
	protected String singular = SINGULAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceDefinitionNamesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_DEFINITION_NAMES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCategories() {
		if (categories == null) {
			categories = new EDataTypeUniqueEList<String>(String.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES);
		}
		return categories;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getListKind() {
		return listKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListKind(String newListKind) {
		String oldListKind = listKind;
		listKind = newListKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND, oldListKind, listKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlural() {
		return plural;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlural(String newPlural) {
		String oldPlural = plural;
		plural = newPlural;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL, oldPlural, plural));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getShortNames() {
		if (shortNames == null) {
			shortNames = new EDataTypeUniqueEList<String>(String.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES);
		}
		return shortNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSingular() {
		return singular;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingular(String newSingular) {
		String oldSingular = singular;
		singular = newSingular;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR, oldSingular, singular));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES:
				return getCategories();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__KIND:
				return getKind();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND:
				return getListKind();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL:
				return getPlural();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES:
				return getShortNames();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR:
				return getSingular();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends String>)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__KIND:
				setKind((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND:
				setListKind((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL:
				setPlural((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES:
				getShortNames().clear();
				getShortNames().addAll((Collection<? extends String>)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR:
				setSingular((String)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES:
				getCategories().clear();
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND:
				setListKind(LIST_KIND_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL:
				setPlural(PLURAL_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES:
				getShortNames().clear();
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR:
				setSingular(SINGULAR_EDEFAULT);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__LIST_KIND:
				return LIST_KIND_EDEFAULT == null ? listKind != null : !LIST_KIND_EDEFAULT.equals(listKind);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__PLURAL:
				return PLURAL_EDEFAULT == null ? plural != null : !PLURAL_EDEFAULT.equals(plural);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SHORT_NAMES:
				return shortNames != null && !shortNames.isEmpty();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_NAMES__SINGULAR:
				return SINGULAR_EDEFAULT == null ? singular != null : !SINGULAR_EDEFAULT.equals(singular);
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", listKind: ");
		result.append(listKind);
		result.append(", plural: ");
		result.append(plural);
		result.append(", shortNames: ");
		result.append(shortNames);
		result.append(", singular: ");
		result.append(singular);
		result.append(')');
		return result.toString();
	}

} //CustomResourceDefinitionNamesImpl
