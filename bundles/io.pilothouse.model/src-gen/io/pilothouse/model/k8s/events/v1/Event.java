/**
 */
package io.pilothouse.model.k8s.events.v1;

import io.pilothouse.model.k8s.core.v1.EventSource;
import io.pilothouse.model.k8s.core.v1.ObjectReference;

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
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedCount <em>Deprecated Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedFirstTimestamp <em>Deprecated First Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedLastTimestamp <em>Deprecated Last Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedSource <em>Deprecated Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getEventTime <em>Event Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getNote <em>Note</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getRegarding <em>Regarding</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getRelated <em>Related</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getReportingController <em>Reporting Controller</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getReportingInstance <em>Reporting Instance</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getSeries <em>Series</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.Event#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent()
 * @generated
 */
public interface Event extends EObject {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Action()
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getAction <em>Action</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Deprecated Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated Count</em>' attribute.
	 * @see #setDeprecatedCount(Integer)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_DeprecatedCount()
	 * @generated
	 */
	Integer getDeprecatedCount();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedCount <em>Deprecated Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecated Count</em>' attribute.
	 * @see #getDeprecatedCount()
	 * @generated
	 */
	void setDeprecatedCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Deprecated First Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated First Timestamp</em>' attribute.
	 * @see #setDeprecatedFirstTimestamp(Time)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_DeprecatedFirstTimestamp()
	 * @generated
	 */
	Time getDeprecatedFirstTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedFirstTimestamp <em>Deprecated First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecated First Timestamp</em>' attribute.
	 * @see #getDeprecatedFirstTimestamp()
	 * @generated
	 */
	void setDeprecatedFirstTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Deprecated Last Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated Last Timestamp</em>' attribute.
	 * @see #setDeprecatedLastTimestamp(Time)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_DeprecatedLastTimestamp()
	 * @generated
	 */
	Time getDeprecatedLastTimestamp();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedLastTimestamp <em>Deprecated Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecated Last Timestamp</em>' attribute.
	 * @see #getDeprecatedLastTimestamp()
	 * @generated
	 */
	void setDeprecatedLastTimestamp(Time value);

	/**
	 * Returns the value of the '<em><b>Deprecated Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated Source</em>' containment reference.
	 * @see #setDeprecatedSource(EventSource)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_DeprecatedSource()
	 * @generated
	 */
	EventSource getDeprecatedSource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedSource <em>Deprecated Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecated Source</em>' containment reference.
	 * @see #getDeprecatedSource()
	 * @generated
	 */
	void setDeprecatedSource(EventSource value);

	/**
	 * Returns the value of the '<em><b>Event Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Time</em>' attribute.
	 * @see #setEventTime(MicroTime)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_EventTime()
	 * @generated
	 */
	MicroTime getEventTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getEventTime <em>Event Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Time</em>' attribute.
	 * @see #getEventTime()
	 * @generated
	 */
	void setEventTime(MicroTime value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getKind <em>Kind</em>}' attribute.
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
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Note()
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Reason()
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Regarding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regarding</em>' containment reference.
	 * @see #setRegarding(ObjectReference)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Regarding()
	 * @generated
	 */
	ObjectReference getRegarding();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getRegarding <em>Regarding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regarding</em>' containment reference.
	 * @see #getRegarding()
	 * @generated
	 */
	void setRegarding(ObjectReference value);

	/**
	 * Returns the value of the '<em><b>Related</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related</em>' containment reference.
	 * @see #setRelated(ObjectReference)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Related()
	 * @generated
	 */
	ObjectReference getRelated();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getRelated <em>Related</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Related</em>' containment reference.
	 * @see #getRelated()
	 * @generated
	 */
	void setRelated(ObjectReference value);

	/**
	 * Returns the value of the '<em><b>Reporting Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Controller</em>' attribute.
	 * @see #setReportingController(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_ReportingController()
	 * @generated
	 */
	String getReportingController();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getReportingController <em>Reporting Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporting Controller</em>' attribute.
	 * @see #getReportingController()
	 * @generated
	 */
	void setReportingController(String value);

	/**
	 * Returns the value of the '<em><b>Reporting Instance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Instance</em>' attribute.
	 * @see #setReportingInstance(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_ReportingInstance()
	 * @generated
	 */
	String getReportingInstance();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getReportingInstance <em>Reporting Instance</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Series()
	 * @generated
	 */
	EventSeries getSeries();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getSeries <em>Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series</em>' containment reference.
	 * @see #getSeries()
	 * @generated
	 */
	void setSeries(EventSeries value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.pilothouse.model.k8s.events.v1.EventsV1Package#getEvent_Type()
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.events.v1.Event#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

} // Event
