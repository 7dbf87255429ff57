/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Account Token Projection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection#getAudience <em>Audience</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccountTokenProjection()
 * @generated
 */
public interface ServiceAccountTokenProjection extends EObject {
	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see #setAudience(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccountTokenProjection_Audience()
	 * @generated
	 */
	String getAudience();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(String value);

	/**
	 * Returns the value of the '<em><b>Expiration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiration Seconds</em>' attribute.
	 * @see #setExpirationSeconds(Long)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccountTokenProjection_ExpirationSeconds()
	 * @generated
	 */
	Long getExpirationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection#getExpirationSeconds <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiration Seconds</em>' attribute.
	 * @see #getExpirationSeconds()
	 * @generated
	 */
	void setExpirationSeconds(Long value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getServiceAccountTokenProjection_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // ServiceAccountTokenProjection
