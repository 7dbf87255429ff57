/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Daemon Set Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getTemplate <em>Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getUpdateStrategy <em>Update Strategy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetSpec()
 * @generated
 */
public interface DaemonSetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #setMinReadySeconds(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetSpec_MinReadySeconds()
	 * @generated
	 */
	Integer getMinReadySeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getMinReadySeconds <em>Min Ready Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #getMinReadySeconds()
	 * @generated
	 */
	void setMinReadySeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Revision History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision History Limit</em>' attribute.
	 * @see #setRevisionHistoryLimit(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetSpec_RevisionHistoryLimit()
	 * @generated
	 */
	Integer getRevisionHistoryLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision History Limit</em>' attribute.
	 * @see #getRevisionHistoryLimit()
	 * @generated
	 */
	void setRevisionHistoryLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(PodTemplateSpec)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetSpec_Template()
	 * @generated
	 */
	PodTemplateSpec getTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(PodTemplateSpec value);

	/**
	 * Returns the value of the '<em><b>Update Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Update Strategy</em>' containment reference.
	 * @see #setUpdateStrategy(DaemonSetUpdateStrategy)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDaemonSetSpec_UpdateStrategy()
	 * @generated
	 */
	DaemonSetUpdateStrategy getUpdateStrategy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DaemonSetSpec#getUpdateStrategy <em>Update Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Strategy</em>' containment reference.
	 * @see #getUpdateStrategy()
	 * @generated
	 */
	void setUpdateStrategy(DaemonSetUpdateStrategy value);

} // DaemonSetSpec
