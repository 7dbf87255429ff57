/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limit Range Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getDefault <em>Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getDefaultRequest <em>Default Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getMax <em>Max</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getMaxLimitRequestRatio <em>Max Limit Request Ratio</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getMin <em>Min</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem()
 * @generated
 */
public interface LimitRangeItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Default</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem_Default()
	 * @generated
	 */
	EMap<String, Quantity> getDefault();

	/**
	 * Returns the value of the '<em><b>Default Request</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Request</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem_DefaultRequest()
	 * @generated
	 */
	EMap<String, Quantity> getDefaultRequest();

	/**
	 * Returns the value of the '<em><b>Max</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem_Max()
	 * @generated
	 */
	EMap<String, Quantity> getMax();

	/**
	 * Returns the value of the '<em><b>Max Limit Request Ratio</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Limit Request Ratio</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem_MaxLimitRequestRatio()
	 * @generated
	 */
	EMap<String, Quantity> getMaxLimitRequestRatio();

	/**
	 * Returns the value of the '<em><b>Min</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link io.pilothouse.model.types.Quantity},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' map.
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem_Min()
	 * @generated
	 */
	EMap<String, Quantity> getMin();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLimitRangeItem_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LimitRangeItem#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // LimitRangeItem
