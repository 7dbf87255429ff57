/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodDNSConfig;
import io.pilothouse.model.k8s.core.v1.PodDNSConfigOption;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod DNS Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodDNSConfigImpl#getNameservers <em>Nameservers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodDNSConfigImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodDNSConfigImpl#getSearches <em>Searches</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodDNSConfigImpl extends MinimalEObjectImpl.Container implements PodDNSConfig {
	/**
	 * The cached value of the '{@link #getNameservers() <em>Nameservers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameservers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> nameservers;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<PodDNSConfigOption> options;

	/**
	 * The cached value of the '{@link #getSearches() <em>Searches</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSearches()
	 * @generated
	 * @ordered
	 */
	protected EList<String> searches;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodDNSConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_DNS_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNameservers() {
		if (nameservers == null) {
			nameservers = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.POD_DNS_CONFIG__NAMESERVERS);
		}
		return nameservers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodDNSConfigOption> getOptions() {
		if (options == null) {
			options = new EObjectContainmentEList<PodDNSConfigOption>(PodDNSConfigOption.class, this, CoreV1Package.POD_DNS_CONFIG__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSearches() {
		if (searches == null) {
			searches = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.POD_DNS_CONFIG__SEARCHES);
		}
		return searches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_DNS_CONFIG__OPTIONS:
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
			case CoreV1Package.POD_DNS_CONFIG__NAMESERVERS:
				return getNameservers();
			case CoreV1Package.POD_DNS_CONFIG__OPTIONS:
				return getOptions();
			case CoreV1Package.POD_DNS_CONFIG__SEARCHES:
				return getSearches();
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
			case CoreV1Package.POD_DNS_CONFIG__NAMESERVERS:
				getNameservers().clear();
				getNameservers().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.POD_DNS_CONFIG__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends PodDNSConfigOption>)newValue);
				return;
			case CoreV1Package.POD_DNS_CONFIG__SEARCHES:
				getSearches().clear();
				getSearches().addAll((Collection<? extends String>)newValue);
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
			case CoreV1Package.POD_DNS_CONFIG__NAMESERVERS:
				getNameservers().clear();
				return;
			case CoreV1Package.POD_DNS_CONFIG__OPTIONS:
				getOptions().clear();
				return;
			case CoreV1Package.POD_DNS_CONFIG__SEARCHES:
				getSearches().clear();
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
			case CoreV1Package.POD_DNS_CONFIG__NAMESERVERS:
				return nameservers != null && !nameservers.isEmpty();
			case CoreV1Package.POD_DNS_CONFIG__OPTIONS:
				return options != null && !options.isEmpty();
			case CoreV1Package.POD_DNS_CONFIG__SEARCHES:
				return searches != null && !searches.isEmpty();
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
		result.append(" (nameservers: ");
		result.append(nameservers);
		result.append(", searches: ");
		result.append(searches);
		result.append(')');
		return result.toString();
	}

} //PodDNSConfigImpl
