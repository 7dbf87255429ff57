/**
 */
package io.pilothouse.model.k8s.apps.v1;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployment Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getPaused <em>Paused</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getProgressDeadlineSeconds <em>Progress Deadline Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec()
 * @generated
 */
public interface DeploymentSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Min Ready Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #setMinReadySeconds(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_MinReadySeconds()
	 * @generated
	 */
	Integer getMinReadySeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getMinReadySeconds <em>Min Ready Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Ready Seconds</em>' attribute.
	 * @see #getMinReadySeconds()
	 * @generated
	 */
	void setMinReadySeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Paused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paused</em>' attribute.
	 * @see #setPaused(Boolean)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_Paused()
	 * @generated
	 */
	Boolean getPaused();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getPaused <em>Paused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paused</em>' attribute.
	 * @see #getPaused()
	 * @generated
	 */
	void setPaused(Boolean value);

	/**
	 * Returns the value of the '<em><b>Progress Deadline Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress Deadline Seconds</em>' attribute.
	 * @see #setProgressDeadlineSeconds(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_ProgressDeadlineSeconds()
	 * @generated
	 */
	Integer getProgressDeadlineSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getProgressDeadlineSeconds <em>Progress Deadline Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Deadline Seconds</em>' attribute.
	 * @see #getProgressDeadlineSeconds()
	 * @generated
	 */
	void setProgressDeadlineSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #setReplicas(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_Replicas()
	 * @generated
	 */
	Integer getReplicas();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(Integer value);

	/**
	 * Returns the value of the '<em><b>Revision History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision History Limit</em>' attribute.
	 * @see #setRevisionHistoryLimit(Integer)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_RevisionHistoryLimit()
	 * @generated
	 */
	Integer getRevisionHistoryLimit();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getRevisionHistoryLimit <em>Revision History Limit</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' containment reference.
	 * @see #setStrategy(DeploymentStrategy)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_Strategy()
	 * @generated
	 */
	DeploymentStrategy getStrategy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getStrategy <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' containment reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(DeploymentStrategy value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' containment reference.
	 * @see #setTemplate(PodTemplateSpec)
	 * @see io.pilothouse.model.k8s.apps.v1.AppsV1Package#getDeploymentSpec_Template()
	 * @generated
	 */
	PodTemplateSpec getTemplate();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apps.v1.DeploymentSpec#getTemplate <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' containment reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(PodTemplateSpec value);

} // DeploymentSpec
