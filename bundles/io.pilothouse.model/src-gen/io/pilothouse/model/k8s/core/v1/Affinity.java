/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Affinity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Affinity#getNodeAffinity <em>Node Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Affinity#getPodAffinity <em>Pod Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Affinity#getPodAntiAffinity <em>Pod Anti Affinity</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAffinity()
 * @generated
 */
public interface Affinity extends EObject {
	/**
	 * Returns the value of the '<em><b>Node Affinity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Affinity</em>' containment reference.
	 * @see #setNodeAffinity(NodeAffinity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAffinity_NodeAffinity()
	 * @generated
	 */
	NodeAffinity getNodeAffinity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Affinity#getNodeAffinity <em>Node Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Affinity</em>' containment reference.
	 * @see #getNodeAffinity()
	 * @generated
	 */
	void setNodeAffinity(NodeAffinity value);

	/**
	 * Returns the value of the '<em><b>Pod Affinity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Affinity</em>' containment reference.
	 * @see #setPodAffinity(PodAffinity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAffinity_PodAffinity()
	 * @generated
	 */
	PodAffinity getPodAffinity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Affinity#getPodAffinity <em>Pod Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Affinity</em>' containment reference.
	 * @see #getPodAffinity()
	 * @generated
	 */
	void setPodAffinity(PodAffinity value);

	/**
	 * Returns the value of the '<em><b>Pod Anti Affinity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pod Anti Affinity</em>' containment reference.
	 * @see #setPodAntiAffinity(PodAntiAffinity)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getAffinity_PodAntiAffinity()
	 * @generated
	 */
	PodAntiAffinity getPodAntiAffinity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Affinity#getPodAntiAffinity <em>Pod Anti Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pod Anti Affinity</em>' containment reference.
	 * @see #getPodAntiAffinity()
	 * @generated
	 */
	void setPodAntiAffinity(PodAntiAffinity value);

} // Affinity
