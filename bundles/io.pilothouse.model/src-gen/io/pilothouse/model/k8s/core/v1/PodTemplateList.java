/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.ListMeta;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pod Template List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getItems <em>Items</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodTemplateList()
 * @generated
 */
public interface PodTemplateList extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodTemplateList_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.core.v1.PodTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodTemplateList_Items()
	 * @generated
	 */
	EList<PodTemplate> getItems();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodTemplateList_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ListMeta)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getPodTemplateList_Metadata()
	 * @generated
	 */
	ListMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.PodTemplateList#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ListMeta value);

} // PodTemplateList
