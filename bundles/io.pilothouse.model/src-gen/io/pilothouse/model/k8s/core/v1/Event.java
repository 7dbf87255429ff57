/**
 */
package io.pilothouse.model.k8s.core.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.types.MicroTime;
import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getCount <em>Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getEventTime <em>Event Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getFirstTimestamp <em>First Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getInvolvedObject <em>Involved Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getLastTimestamp <em>Last Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getRelated <em>Related</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getReportingComponent <em>Reporting Component</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getReportingInstance <em>Reporting Instance</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getSeries <em>Series</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getSource <em>Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.Event#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent()
 * @generated
 */
public interface Event extends EObject {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Action()
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Integer)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Count()
	 * @generated
	 */
	Integer getCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Event Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Time</em>' attribute.
	 * @see #setEventTime(MicroTime)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_EventTime()
	 * @generated
	 */
	MicroTime getEventTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getEventTime <em>Event Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Time</em>' attribute.
	 * @see #getEventTime()
	 * @generated
	 */
	void setEventTime(MicroTime value);

	/**
	 * Returns the value of the '<em><b>First Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Timestamp</em>' attribute.
	 * @see #setFirstTimestamp(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_FirstTimestamp()
	 * @generated
	 */
	Time getFirstTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getFirstTimestamp <em>First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Timestamp</em>' attribute.
	 * @see #getFirstTimestamp()
	 * @generated
	 */
	void setFirstTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Involved Object</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Involved Object</em>' containment reference.
	 * @see #setInvolvedObject(ObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_InvolvedObject()
	 * @generated
	 */
	ObjectReference getInvolvedObject();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getInvolvedObject <em>Involved Object</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Involved Object</em>' containment reference.
	 * @see #getInvolvedObject()
	 * @generated
	 */
	void setInvolvedObject(ObjectReference value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Last Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Timestamp</em>' attribute.
	 * @see #setLastTimestamp(Time)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_LastTimestamp()
	 * @generated
	 */
	Time getLastTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getLastTimestamp <em>Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Timestamp</em>' attribute.
	 * @see #getLastTimestamp()
	 * @generated
	 */
	void setLastTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Message()
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Related</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related</em>' containment reference.
	 * @see #setRelated(ObjectReference)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Related()
	 * @generated
	 */
	ObjectReference getRelated();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getRelated <em>Related</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Related</em>' containment reference.
	 * @see #getRelated()
	 * @generated
	 */
	void setRelated(ObjectReference value);

	/**
	 * Returns the value of the '<em><b>Reporting Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Component</em>' attribute.
	 * @see #setReportingComponent(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_ReportingComponent()
	 * @generated
	 */
	String getReportingComponent();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getReportingComponent <em>Reporting Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporting Component</em>' attribute.
	 * @see #getReportingComponent()
	 * @generated
	 */
	void setReportingComponent(String value);

	/**
	 * Returns the value of the '<em><b>Reporting Instance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Instance</em>' attribute.
	 * @see #setReportingInstance(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_ReportingInstance()
	 * @generated
	 */
	String getReportingInstance();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getReportingInstance <em>Reporting Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporting Instance</em>' attribute.
	 * @see #getReportingInstance()
	 * @generated
	 */
	void setReportingInstance(String value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference.
	 * @see #setSeries(EventSeries)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Series()
	 * @generated
	 */
	EventSeries getSeries();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getSeries <em>Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series</em>' containment reference.
	 * @see #getSeries()
	 * @generated
	 */
	void setSeries(EventSeries value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(EventSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Source()
	 * @generated
	 */
	EventSource getSource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(EventSource value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEvent_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.Event#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // Event
