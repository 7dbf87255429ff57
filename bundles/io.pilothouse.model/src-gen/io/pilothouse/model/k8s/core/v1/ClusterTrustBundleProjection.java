/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster Trust Bundle Projection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getOptional <em>Optional</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getSignerName <em>Signer Name</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClusterTrustBundleProjection()
 * @generated
 */
public interface ClusterTrustBundleProjection extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Selector</em>' containment reference.
	 * @see #setLabelSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClusterTrustBundleProjection_LabelSelector()
	 * @generated
	 */
	LabelSelector getLabelSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getLabelSelector <em>Label Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Selector</em>' containment reference.
	 * @see #getLabelSelector()
	 * @generated
	 */
	void setLabelSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClusterTrustBundleProjection_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(Boolean)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClusterTrustBundleProjection_Optional()
	 * @generated
	 */
	Boolean getOptional();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #getOptional()
	 * @generated
	 */
	void setOptional(Boolean value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClusterTrustBundleProjection_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getClusterTrustBundleProjection_SignerName()
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

} // ClusterTrustBundleProjection
