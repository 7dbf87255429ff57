/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod DNS Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodDNSConfig#getNameservers <em>Nameservers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodDNSConfig#getOptions <em>Options</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodDNSConfig#getSearches <em>Searches</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodDNSConfig()
 * @generated
 */
public interface PodDNSConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Nameservers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nameservers</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodDNSConfig_Nameservers()
	 * @generated
	 */
	EList<String> getNameservers();

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodDNSConfigOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodDNSConfig_Options()
	 * @generated
	 */
	EList<PodDNSConfigOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Searches</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Searches</em>' attribute list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodDNSConfig_Searches()
	 * @generated
	 */
	EList<String> getSearches();

} // PodDNSConfig
