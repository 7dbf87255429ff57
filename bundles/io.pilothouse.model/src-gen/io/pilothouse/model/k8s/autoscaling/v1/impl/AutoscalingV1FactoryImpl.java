/**
 */
package io.pilothouse.model.k8s.autoscaling.v1.impl;

import io.pilothouse.model.k8s.autoscaling.v1.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AutoscalingV1FactoryImpl extends EFactoryImpl implements AutoscalingV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AutoscalingV1Factory init() {
		try {
			AutoscalingV1Factory theAutoscalingV1Factory = (AutoscalingV1Factory)EPackage.Registry.INSTANCE.getEFactory(AutoscalingV1Package.eNS_URI);
			if (theAutoscalingV1Factory != null) {
				return theAutoscalingV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AutoscalingV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AutoscalingV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AutoscalingV1Package.CROSS_VERSION_OBJECT_REFERENCE: return createCrossVersionObjectReference();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER: return createHorizontalPodAutoscaler();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_LIST: return createHorizontalPodAutoscalerList();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_SPEC: return createHorizontalPodAutoscalerSpec();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER_STATUS: return createHorizontalPodAutoscalerStatus();
			case AutoscalingV1Package.SCALE: return createScale();
			case AutoscalingV1Package.SCALE_SPEC: return createScaleSpec();
			case AutoscalingV1Package.SCALE_STATUS: return createScaleStatus();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossVersionObjectReference createCrossVersionObjectReference() {
		CrossVersionObjectReferenceImpl crossVersionObjectReference = new CrossVersionObjectReferenceImpl();
		return crossVersionObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscaler createHorizontalPodAutoscaler() {
		HorizontalPodAutoscalerImpl horizontalPodAutoscaler = new HorizontalPodAutoscalerImpl();
		return horizontalPodAutoscaler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerList createHorizontalPodAutoscalerList() {
		HorizontalPodAutoscalerListImpl horizontalPodAutoscalerList = new HorizontalPodAutoscalerListImpl();
		return horizontalPodAutoscalerList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerSpec createHorizontalPodAutoscalerSpec() {
		HorizontalPodAutoscalerSpecImpl horizontalPodAutoscalerSpec = new HorizontalPodAutoscalerSpecImpl();
		return horizontalPodAutoscalerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerStatus createHorizontalPodAutoscalerStatus() {
		HorizontalPodAutoscalerStatusImpl horizontalPodAutoscalerStatus = new HorizontalPodAutoscalerStatusImpl();
		return horizontalPodAutoscalerStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale createScale() {
		ScaleImpl scale = new ScaleImpl();
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleSpec createScaleSpec() {
		ScaleSpecImpl scaleSpec = new ScaleSpecImpl();
		return scaleSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleStatus createScaleStatus() {
		ScaleStatusImpl scaleStatus = new ScaleStatusImpl();
		return scaleStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutoscalingV1Package getAutoscalingV1Package() {
		return (AutoscalingV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AutoscalingV1Package getPackage() {
		return AutoscalingV1Package.eINSTANCE;
	}

} //AutoscalingV1FactoryImpl
