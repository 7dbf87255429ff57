/**
 */
package io.pilothouse.model.k8s.meta.v1;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Watch Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.WatchEvent#getObject <em>Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.WatchEvent#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getWatchEvent()
 * @generated
 */
public interface WatchEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Object</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object</em>' attribute.
	 * @see #setObject(JsonNode)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getWatchEvent_Object()
	 * @generated
	 */
	JsonNode getObject();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.WatchEvent#getObject <em>Object</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object</em>' attribute.
	 * @see #getObject()
	 * @generated
	 */
	void setObject(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getWatchEvent_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.WatchEvent#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // WatchEvent
